import type { AgreementView } from '@leidraad/shared/domain';
import { activationProblems, agreementIdProblems, evaluationProblems, statusAfterSave } from './safety-plan.rules';

const agreement = (id: string, reviewDate: string | null = '2026-12-01'): AgreementView => ({
  id,
  topic: 'how-can-we-help',
  what: 'Elke week even bellen',
  who: 'caller',
  howChecked: null,
  reviewDate,
  evaluation: null,
});

describe('safety plan rules', () => {
  it('keeps an active plan active on a save and starts a new round after an evaluation', () => {
    expect(statusAfterSave(null)).toBe('draft');
    expect(statusAfterSave('draft')).toBe('draft');
    expect(statusAfterSave('active')).toBe('active');
    expect(statusAfterSave('evaluated')).toBe('draft');
  });

  it('refuses unknown and repeated agreement ids, naming the field', () => {
    const input = { topic: 'other' as const, what: 'x', who: 'caller' as const };
    expect(
      agreementIdProblems(new Set(['a']), [{ ...input, id: 'a' }, { ...input }, { ...input, id: 'a' }, { ...input, id: 'b' }]),
    ).toEqual([
      expect.objectContaining({ field: 'agreements.2.id', code: 'duplicate' }),
      expect.objectContaining({ field: 'agreements.3.id', code: 'unknown_agreement' }),
    ]);
  });

  it('needs agreements with review dates to activate', () => {
    expect(activationProblems([])).toEqual([expect.objectContaining({ field: 'agreements', code: 'empty' })]);
    expect(activationProblems([agreement('a'), agreement('b', null)])).toEqual([
      expect.objectContaining({ field: 'agreements.1.reviewDate', code: 'required' }),
    ]);
    expect(activationProblems([agreement('a')])).toEqual([]);
  });

  it('needs exactly one result per agreement', () => {
    const plan = [agreement('a'), agreement('b')];
    expect(
      evaluationProblems(plan, [
        { agreementId: 'a', result: 'kept' },
        { agreementId: 'b', result: 'partly' },
      ]),
    ).toEqual([]);
    expect(
      evaluationProblems(plan, [
        { agreementId: 'a', result: 'kept' },
        { agreementId: 'a', result: 'kept' },
        { agreementId: 'z', result: 'kept' },
      ]),
    ).toEqual([
      expect.objectContaining({ field: 'results.1.agreementId', code: 'duplicate' }),
      expect.objectContaining({ field: 'results.2.agreementId', code: 'unknown_agreement' }),
      expect.objectContaining({ field: 'results', code: 'incomplete' }),
    ]);
  });
});
