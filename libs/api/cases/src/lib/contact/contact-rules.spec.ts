import type { ContactFields } from '@leidraad/shared/domain';
import { applyCorrections, missingForFinal, timeOrderProblem } from './contact-rules';

const complete: ContactFields = {
  channel: 'phone',
  startedAt: '2026-03-02T10:00:00+01:00',
  endedAt: '2026-03-02T10:25:00+01:00',
  summary: 'Beller maakt zich zorgen om zijn broer.',
  outcome: 'advice_given',
  referrals: [],
};
const empty: ContactFields = {
  channel: null,
  startedAt: null,
  endedAt: null,
  summary: null,
  outcome: null,
  referrals: [],
};

describe('missingForFinal', () => {
  it('accepts a complete contact (referrals may be empty)', () => {
    expect(missingForFinal(complete)).toEqual([]);
  });

  it('names every missing field of an empty draft, but not the end time (finalising sets it)', () => {
    expect(missingForFinal(empty).map((error) => error.field)).toEqual(['channel', 'startedAt', 'summary', 'outcome']);
  });

  it('finalises a contact the caller hung up on without a summary note, but still with channel and start', () => {
    const hungUp: ContactFields = { ...empty, outcome: 'caller_hung_up' };
    expect(missingForFinal(hungUp).map((error) => error.field)).toEqual(['channel', 'startedAt']);
    expect(missingForFinal({ ...complete, summary: null, outcome: 'caller_hung_up' })).toEqual([]);
    expect(missingForFinal({ ...complete, summary: null, outcome: 'advice_given' }).map((error) => error.field)).toEqual(['summary']);
  });

  it('counts a summary of only spaces as missing', () => {
    expect(missingForFinal({ ...complete, summary: '  \n ' })).toEqual([expect.objectContaining({ field: 'summary', code: 'required' })]);
  });
});

describe('timeOrderProblem', () => {
  it('accepts an end after, or at, the start, and incomplete times', () => {
    expect(timeOrderProblem(complete)).toBeNull();
    expect(
      timeOrderProblem({
        startedAt: complete.startedAt,
        endedAt: complete.startedAt,
      }),
    ).toBeNull();
    expect(timeOrderProblem({ startedAt: null, endedAt: complete.endedAt })).toBeNull();
  });

  it('compares moments, not strings, across offsets', () => {
    // 09:30Z is 10:30 in +01:00: after a 10:00+01:00 start.
    expect(
      timeOrderProblem({
        startedAt: '2026-03-02T10:00:00+01:00',
        endedAt: '2026-03-02T09:30:00Z',
      }),
    ).toBeNull();
    expect(
      timeOrderProblem({
        startedAt: '2026-03-02T10:00:00+01:00',
        endedAt: '2026-03-02T08:30:00Z',
      }),
    ).toMatchObject({
      field: 'endedAt',
    });
  });

  it('names the field the client changed', () => {
    expect(timeOrderProblem({ startedAt: complete.endedAt, endedAt: complete.startedAt }, 'startedAt')).toMatchObject({
      field: 'startedAt',
    });
  });
});

describe('applyCorrections', () => {
  it('applies corrections in order and leaves other fields as they were', () => {
    const corrected = applyCorrections(complete, [{ outcome: 'referred', referrals: ['huisarts'] }, { outcome: 'other' }]);
    expect(corrected).toEqual({
      ...complete,
      outcome: 'other',
      referrals: ['huisarts'],
    });
  });

  it('does not change the original', () => {
    applyCorrections(complete, [{ summary: 'Gecorrigeerd.' }]);
    expect(complete.summary).toBe('Beller maakt zich zorgen om zijn broer.');
  });
});
