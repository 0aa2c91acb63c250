import { correctionOf } from './contact-correction';

describe('correctionOf', () => {
  const contact = { summary: 'Advies gegeven over stap 2.', outcome: 'advice_given' as const };

  it('sends only the fields that changed, with the reason', () => {
    expect(correctionOf(contact, { reason: ' typfout ', summary: 'Advies gegeven over stap 3.', outcome: '' })).toEqual({
      reason: 'typfout',
      summary: 'Advies gegeven over stap 3.',
    });
    expect(correctionOf(contact, { reason: 'verkeerd', summary: contact.summary, outcome: 'referred' })).toEqual({
      reason: 'verkeerd',
      outcome: 'referred',
    });
  });

  it('is nothing when nothing changed (spaces and the same outcome do not count)', () => {
    expect(correctionOf(contact, { reason: 'x', summary: ` ${contact.summary} `, outcome: 'advice_given' })).toBeUndefined();
  });
});
