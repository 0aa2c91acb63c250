import { caseChanges, changedSince, statusChangeNeedsReason, type CaseState } from './case-changes';

const current: CaseState = {
  callerRole: 'parent',
  concern: 'unclear',
  status: 'open',
  codeWordHash: Buffer.alloc(32, 1),
};

describe('caseChanges', () => {
  it('finds nothing when the update repeats the current values', () => {
    expect(
      caseChanges(current, {
        callerRole: 'parent',
        concern: 'unclear',
        status: 'open',
        codeWordHash: Buffer.alloc(32, 1),
      }),
    ).toEqual({ fields: [] });
  });

  it('finds nothing when the update names no field', () => {
    expect(caseChanges(current, {})).toEqual({ fields: [] });
  });

  it('names each changed field, and the status transition', () => {
    expect(caseChanges(current, { concern: 'viewing_images', status: 'closed' })).toEqual({
      fields: ['concern', 'status'],
      status: { from: 'open', to: 'closed' },
    });
  });

  it('sees a new code word, and removing it, as a change of codeWord', () => {
    expect(caseChanges(current, { codeWordHash: Buffer.alloc(32, 2) }).fields).toEqual(['codeWord']);
    expect(caseChanges(current, { codeWordHash: null }).fields).toEqual(['codeWord']);
    expect(caseChanges({ ...current, codeWordHash: null }, { codeWordHash: null }).fields).toEqual([]);
  });
});

describe('statusChangeNeedsReason', () => {
  it.each([
    ['open', 'closed', true],
    ['waiting_for_caller', 'closed', true],
    ['closed', 'open', true],
    ['closed', 'waiting_for_caller', true],
    ['open', 'waiting_for_caller', false],
    ['waiting_for_caller', 'open', false],
    ['open', 'open', false],
  ] as const)('%s → %s: %p', (from, to, expected) => {
    expect(statusChangeNeedsReason(from, to)).toBe(expected);
  });
});

describe('changedSince', () => {
  it('merges the fields of the missed revisions, once each, in a stable order', () => {
    expect(changedSince([['status'], ['riskFlags', 'status'], ['callerRole']])).toEqual(['callerRole', 'status', 'riskFlags']);
  });

  it('is empty when nothing was missed', () => {
    expect(changedSince([])).toEqual([]);
  });

  it('ignores names it does not know', () => {
    expect(changedSince([['somethingElse', 'assignee']])).toEqual(['assignee']);
  });
});
