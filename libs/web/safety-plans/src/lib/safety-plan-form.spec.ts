import type { AgreementDiff, AgreementView } from '@leidraad/shared/domain';
import {
  agreementForm,
  emptyAgreement,
  nextReviewDate,
  retargetTokens,
  safetyPlanPrinciples,
  toAgreementFormValue,
  toAgreementInput,
  toEvaluationInput,
  topicLabel,
  topicOptions,
  visibleChanges,
} from './safety-plan-form';

const view: AgreementView = {
  id: 'a1',
  topic: 'difficult-situations',
  what: 'Beller vertelt wanneer het moeilijk wordt.',
  who: 'caller',
  howChecked: null,
  reviewDate: '2026-12-15',
  evaluation: null,
};

describe('safety plan form mapping', () => {
  it('maps an agreement to the form and back without losing its id', () => {
    const value = toAgreementFormValue(view);
    expect(value).toEqual({
      id: 'a1',
      topic: 'difficult-situations',
      what: view.what,
      who: 'caller',
      howChecked: '',
      reviewDate: '2026-12-15',
    });
    expect(toAgreementInput(value)).toEqual({
      id: 'a1',
      topic: 'difficult-situations',
      what: view.what,
      who: 'caller',
      howChecked: null,
      reviewDate: '2026-12-15',
    });
  });

  it('sends a new agreement without id and empty optional fields as null', () => {
    const input = toAgreementInput({ ...emptyAgreement(), topic: 'other', what: 'x', who: 'other_adult', howChecked: '  ' });
    expect(input).toEqual({ topic: 'other', what: 'x', who: 'other_adult', howChecked: null, reviewDate: null });
    expect('id' in input).toBe(false);
  });

  it('requires topic, what and who in the form', () => {
    const form = agreementForm();
    expect(form.valid).toBe(false);
    expect(Object.keys(form.controls).filter((key) => form.get(key)?.invalid)).toEqual(['topic', 'what', 'who']);
    form.patchValue({ topic: 'where-to-turn', what: 'Bellen', who: 'caller' });
    expect(form.valid).toBe(true);
  });

  it('maps an evaluation with a blank note to null', () => {
    expect(toEvaluationInput({ agreementId: 'a1', result: 'kept', note: ' ' })).toEqual({ agreementId: 'a1', result: 'kept', note: null });
    expect(toEvaluationInput({ agreementId: 'a1', result: 'partly', note: 'Deels' })).toEqual({
      agreementId: 'a1',
      result: 'partly',
      note: 'Deels',
    });
  });

  it('renames confirmation tokens to the row’s current field', () => {
    expect(retargetTokens(['agreements[2].what:5-11', 'agreements[2].what:20-26'], 'agreements[1].what')).toEqual([
      'agreements[1].what:5-11',
      'agreements[1].what:20-26',
    ]);
  });

  it('offers the guide’s six topics in the language asked, then other', () => {
    const nl = topicOptions('nl');
    expect(nl.map((option) => option.id)).toEqual([
      'where-to-turn',
      'difficult-situations',
      'who-to-discuss-with',
      'avoid-risk-situations',
      'contact-with-minors',
      'how-can-we-help',
      'other',
    ]);
    expect(nl[0].label).toBe('Waar kan je terecht');
    expect(topicOptions('en')[0].label).not.toBe('Waar kan je terecht');
    expect(topicLabel('other', 'nl')).toBeNull();
    expect(safetyPlanPrinciples('nl').entries).toHaveLength(4);
  });

  it('shows only the agreements a version changed', () => {
    const diff = (id: string, change: AgreementDiff['change']): AgreementDiff => ({ id, change, agreement: view, fields: [] });
    expect(visibleChanges([diff('a', 'unchanged'), diff('b', 'added'), diff('c', 'removed')]).map((d) => d.id)).toEqual(['b', 'c']);
  });
});

describe('nextReviewDate', () => {
  it('proposes the earliest review date from today on', () => {
    const dates = [{ reviewDate: '2026-12-20' }, { reviewDate: null }, { reviewDate: '2026-11-01' }, { reviewDate: '2026-12-05' }];
    expect(nextReviewDate(dates, '2026-11-26')).toBe('2026-12-05');
    expect(nextReviewDate(dates, '2026-12-21')).toBeNull();
  });
});
