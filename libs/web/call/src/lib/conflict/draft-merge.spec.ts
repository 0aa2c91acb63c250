import type { ContactFields } from '@leidraad/shared/domain';
import { combinedNote, differingFields, mergedDraft, sameDraft } from './draft-merge';

const base: ContactFields = {
  channel: 'phone',
  startedAt: '2026-12-06T10:00:00.000Z',
  endedAt: null,
  summary: 'Beller wil praten.',
  outcome: null,
  referrals: ['huisarts'],
};

describe('merging two versions of a draft', () => {
  it('names the fields that differ, the note first, and treats equal instants and referral orders as equal', () => {
    const theirs: ContactFields = { ...base, summary: 'Iets anders.', outcome: 'advice_given', startedAt: '2026-12-06T11:00:00+01:00' };
    expect(differingFields(base, theirs)).toEqual(['summary', 'outcome']);
    expect(sameDraft({ ...base, referrals: ['huisarts', 'ggz'] }, { ...base, referrals: ['ggz', 'huisarts'] })).toBe(true);
  });

  it('starts a merged note from one text when one contains the other, else from both with a separator', () => {
    expect(combinedNote('Beller wil praten. Meer.', 'Beller wil praten.', '---')).toBe('Beller wil praten. Meer.');
    expect(combinedNote('', 'Alleen hun tekst', '---')).toBe('Alleen hun tekst');
    expect(combinedNote('Mijn tekst', 'Hun tekst', '— andere versie —')).toBe('Mijn tekst\n\n— andere versie —\nHun tekst');
  });

  it('keeps my filled fields, takes theirs where mine are empty, and both referral lists', () => {
    const theirs: ContactFields = { ...base, channel: 'chat', outcome: 'referred', referrals: ['ggz'] };
    expect(mergedDraft(base, theirs, 'samen')).toEqual({ ...base, summary: 'samen', outcome: 'referred', referrals: ['huisarts', 'ggz'] });
  });
});
