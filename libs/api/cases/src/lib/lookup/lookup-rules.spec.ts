import { LOOKUPS_PER_MINUTE, lookupDecision, type LookupFacts } from './lookup-rules';

const facts: LookupFacts = {
  lookups: 1,
  found: true,
  role: 'counsellor',
  hasAccess: true,
  reason: undefined,
};

describe('lookupDecision', () => {
  it('opens a counsellor’s own case without a reason', () => {
    expect(lookupDecision(facts)).toBe('open');
  });

  it('asks a counsellor for a reason to open a colleague’s case', () => {
    expect(lookupDecision({ ...facts, hasAccess: false })).toBe('reason_required');
  });

  it('opens a colleague’s case when the counsellor gives a reason', () => {
    expect(
      lookupDecision({
        ...facts,
        hasAccess: false,
        reason: { category: 'counsellor_absent' },
      }),
    ).toBe('open_with_reason');
  });

  it('lets a supervisor open any case without a reason', () => {
    expect(lookupDecision({ ...facts, role: 'supervisor', hasAccess: false })).toBe('open');
  });

  it('answers a miss for an unknown code', () => {
    expect(lookupDecision({ ...facts, found: false })).toBe('miss');
  });

  it('throttles over the limit, before telling whether the code exists', () => {
    expect(lookupDecision({ ...facts, lookups: LOOKUPS_PER_MINUTE })).toBe('open');
    expect(lookupDecision({ ...facts, lookups: LOOKUPS_PER_MINUTE + 1 })).toBe('throttled');
    expect(
      lookupDecision({
        ...facts,
        lookups: LOOKUPS_PER_MINUTE + 1,
        found: false,
      }),
    ).toBe('throttled');
  });
});
