import { ITEM_IDS } from './ids';
import {
  agreementTopics,
  allItems,
  findAgreementTopic,
  findItem,
  findStep,
  isAgreementTopicId,
  isItemId,
  isStepId,
  stepOfItem,
} from './lookup';

describe('lookup', () => {
  it('finds a step by id', () => {
    expect(findStep('step-3')?.title.nl).toBe('Stimuleer de ander om zelf te vertellen');
    expect(findStep('step-7')).toBeUndefined();
  });

  it('finds an item by id, and its step', () => {
    expect(findItem('step-6.peer-support-group')?.title.nl).toBe('Lotgenotengroep');
    expect(stepOfItem('step-6.peer-support-group')?.id).toBe('step-6');
    expect(findItem('step-6.unknown')).toBeUndefined();
    expect(stepOfItem('step-6.unknown')).toBeUndefined();
  });

  it('lists all fifteen items in the guide’s order', () => {
    expect(allItems().map((item) => item.id)).toEqual(ITEM_IDS);
    expect(allItems()).toHaveLength(15);
  });

  it('finds the agreement topics the safety plan uses', () => {
    expect(agreementTopics()).toHaveLength(6);
    expect(findAgreementTopic('contact-with-minors')?.text.nl).toBe('Hoe gaan we om met minderjarigen in jouw omgeving');
    expect(findAgreementTopic('other')).toBeUndefined();
  });

  it('narrows untrusted strings to known ids', () => {
    expect(isStepId('step-1')).toBe(true);
    expect(isStepId('step-0')).toBe(false);
    expect(isItemId('step-4.summarise')).toBe(true);
    expect(isItemId('step-4.summarize')).toBe(false);
    expect(isAgreementTopicId('where-to-turn')).toBe(true);
    expect(isAgreementTopicId('where_to_turn')).toBe(false);
  });
});
