import type { ProblemDetails, ReviewRemarkView, RiskFlagReview } from '@leidraad/shared/domain';
import { canAcknowledge, panelMode, pendingFlags, reassignTargets, reviewFailure } from './review-rules';

const ANNA = { id: 's1', displayName: 'Anna' };
const BOB = { id: 's2', displayName: 'Bob' };
const SUPERVISOR = { id: 's9', displayName: 'Sanne' };

function remark(over: Partial<ReviewRemarkView> = {}): ReviewRemarkView {
  return {
    id: 'r1',
    caseId: 'c1',
    caseCode: 'K7QF-3M9X-T',
    text: 'Vraag naar de afspraken.',
    author: SUPERVISOR,
    addressedTo: ANNA,
    createdAt: '2026-11-26T10:00:00.000Z',
    acknowledgedAt: null,
    ...over,
  };
}

function flag(over: Partial<RiskFlagReview> = {}): RiskFlagReview {
  return { flag: 'other', setBy: ANNA, setAt: '2026-11-26T09:00:00.000Z', acknowledgedBy: null, acknowledgedAt: null, ...over };
}

function problem(status: number, extra: Partial<ProblemDetails> = {}): ProblemDetails {
  return { type: 'about:blank', title: 'x', status, ...extra };
}

describe('panelMode', () => {
  it('shows everything to a supervisor, the remarks to the assignee, and nothing to anyone else', () => {
    expect(panelMode('supervisor', SUPERVISOR.id, ANNA.id)).toBe('supervisor');
    expect(panelMode('counsellor', ANNA.id, ANNA.id)).toBe('assignee');
    expect(panelMode('counsellor', BOB.id, ANNA.id)).toBe('none');
    expect(panelMode('admin', ANNA.id, ANNA.id)).toBe('none');
    expect(panelMode(undefined, undefined, ANNA.id)).toBe('none');
  });
});

describe('canAcknowledge', () => {
  it('lets only the addressee mark an unread remark as read', () => {
    expect(canAcknowledge(remark(), ANNA.id)).toBe(true);
    expect(canAcknowledge(remark(), BOB.id)).toBe(false);
    expect(canAcknowledge(remark(), undefined)).toBe(false);
    expect(canAcknowledge(remark({ acknowledgedAt: '2026-11-26T11:00:00.000Z' }), ANNA.id)).toBe(false);
  });
});

describe('pendingFlags and reassignTargets', () => {
  it('keeps the flags nobody acknowledged', () => {
    const seen = flag({ flag: 'caller_safety', acknowledgedBy: SUPERVISOR, acknowledgedAt: '2026-11-26T10:00:00.000Z' });
    expect(pendingFlags([seen, flag()]).map((f) => f.flag)).toEqual(['other']);
  });

  it('offers every colleague but the assignee', () => {
    expect(reassignTargets([ANNA, BOB], ANNA.id)).toEqual([BOB]);
  });
});

describe('reviewFailure', () => {
  it('reads a 409 with currentVersion as a stale case and one without as already done; both reload', () => {
    expect(reviewFailure(problem(409, { currentVersion: 3 }))).toEqual({ key: 'review.errors.stale', reload: true });
    expect(reviewFailure(problem(409))).toEqual({ key: 'review.errors.already', reload: true });
  });

  it('passes the identifiers of its own field to the free-text field', () => {
    const errors = [
      { field: 'text', code: 'phone', message: 'phone', start: 3, end: 14 },
      { field: 'other', code: 'email', message: 'email' },
    ];
    const failure = reviewFailure(problem(422, { code: 'identifiers_found', errors }), 'text');
    expect(failure).toEqual({ key: 'review.errors.identifiers', identifiers: [errors[0]], reload: false });
  });

  it('says invalid for other 400/422 answers and the generic key otherwise', () => {
    expect(reviewFailure(problem(400), 'text')).toEqual({ key: 'review.errors.invalid', reload: false });
    expect(reviewFailure(problem(0))).toEqual({ key: 'errors.offline', reload: false });
    expect(reviewFailure(problem(404))).toEqual({ key: 'errors.notFound', reload: true });
  });
});
