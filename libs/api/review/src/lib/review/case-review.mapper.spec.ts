import { generateCaseCode } from '@leidraad/shared/case-code';
import { toFlagReview, toReviewState, type FlagRow, type ReviewRow } from './case-review.mapper';

const CODE = generateCaseCode();
const GROUPED = `${CODE.slice(0, 4)}-${CODE.slice(4, 8)}-${CODE.slice(8)}`;

const REVIEW = (id: string, at: string): ReviewRow => ({ id, reviewed_at: new Date(at), reviewed_by: 's9', reviewer_name: 'Sanne' });
const FLAG: FlagRow = {
  flag: 'caller_safety',
  set_at: new Date('2026-11-26T09:00:00Z'),
  set_by: 's1',
  setter_name: 'Anna',
  acknowledged_at: null,
  acknowledged_by: null,
  acknowledger_name: null,
};

describe('the review state', () => {
  it('takes the first (newest) review as "last reviewed" and shows the case code grouped', () => {
    const state = toReviewState(
      { id: 'c1', code: CODE, version: 3 },
      { id: 's1', displayName: 'Anna' },
      [REVIEW('v2', '2026-11-26T12:00:00Z'), REVIEW('v1', '2026-11-20T12:00:00Z')],
      [],
    );
    expect(state.caseCode).toBe(GROUPED);
    expect(state.lastReview).toEqual({ id: 'v2', reviewedBy: { id: 's9', displayName: 'Sanne' }, reviewedAt: '2026-11-26T12:00:00.000Z' });
    expect(state.reviews.map((review) => review.id)).toEqual(['v2', 'v1']);
  });

  it('has no "last reviewed" for a case never reviewed', () => {
    expect(toReviewState({ id: 'c1', code: CODE, version: 1 }, { id: 's1', displayName: 'Anna' }, [], []).lastReview).toBeNull();
  });

  it('shows a flag without acknowledgement as pending, and one with it as seen by whom and when', () => {
    expect(toFlagReview(FLAG)).toMatchObject({ flag: 'caller_safety', acknowledgedBy: null, acknowledgedAt: null });
    expect(
      toFlagReview({ ...FLAG, acknowledged_at: new Date('2026-11-26T10:00:00Z'), acknowledged_by: 's9', acknowledger_name: 'Sanne' }),
    ).toMatchObject({ acknowledgedBy: { id: 's9', displayName: 'Sanne' }, acknowledgedAt: '2026-11-26T10:00:00.000Z' });
  });
});
