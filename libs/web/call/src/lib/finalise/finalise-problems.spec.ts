import type { ContactFields } from '@leidraad/shared/domain';
import { problemsBeforeFinalise, problemsFromAnswer } from './finalise-problems';

const complete: ContactFields = {
  channel: 'phone',
  startedAt: '2026-03-02T10:00:00+01:00',
  endedAt: null,
  summary: 'Beller wil weten hoe het gesprek te beginnen.',
  outcome: 'advice_given',
  referrals: [],
};

describe('problemsBeforeFinalise', () => {
  it('has nothing to say about a complete contact without an end time (finalising sets it)', () => {
    expect(problemsBeforeFinalise(complete, 0)).toEqual([]);
  });

  it('names only the missing outcome when only the outcome is missing', () => {
    expect(problemsBeforeFinalise({ ...complete, outcome: null }, 0)).toEqual([{ field: 'outcome', key: 'call.finalise.errors.outcome' }]);
  });

  it('names an unconfirmed finding as the cause, not the connection, in screen order with other gaps', () => {
    expect(problemsBeforeFinalise({ ...complete, outcome: null }, 2).map((p) => p.field)).toEqual(['findings', 'outcome']);
  });

  it('counts a note of only spaces as missing', () => {
    expect(problemsBeforeFinalise({ ...complete, summary: '  \n' }, 0).map((p) => p.field)).toEqual(['summary']);
  });
});

describe('problemsFromAnswer', () => {
  it('reads a refusal of the note as findings to decide on', () => {
    expect(problemsFromAnswer({ status: 422, code: 'identifiers_found' })).toEqual([
      { field: 'findings', key: 'call.finalise.errors.findings' },
    ]);
  });

  it('names the fields the API says are missing, and only those', () => {
    const answer = { status: 400, code: 'validation_failed', errors: [{ field: 'outcome', code: 'required', message: 'x' }] };
    expect(problemsFromAnswer(answer)).toEqual([{ field: 'outcome', key: 'call.finalise.errors.outcome' }]);
  });

  it('says the connection is gone only when there was no answer', () => {
    expect(problemsFromAnswer({ status: 0 })).toEqual([{ key: 'call.finalise.errors.unsaved' }]);
    expect(problemsFromAnswer({ status: 503 })).toEqual([{ key: 'call.finalise.errors.server' }]);
    expect(problemsFromAnswer({ status: 409, code: 'conflict' })).toEqual([{ key: 'call.finalise.errors.taken' }]);
  });
});
