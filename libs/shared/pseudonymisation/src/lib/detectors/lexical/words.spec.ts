import { tokenise } from '../../text/tokens';
import {
  hasDigit,
  institutionSuffixOf,
  isCompanyWord,
  isCompoundNoun,
  isInstitutionLike,
  isStreetLike,
  looksLikeCommonWord,
} from './words';

const token = (text: string) => tokenise(text)[0];

describe('words (what a single word looks like)', () => {
  it('knows an ordinary word by its form when the list lacks it, but not a name', () => {
    for (const word of ['seksualiteit', 'informeren', 'opgelucht', 'co-ouderschap'])
      expect([word, looksLikeCommonWord(word)]).toEqual([word, true]);
    for (const word of ['geerten', 'gerard', 'heeren', 'jansen']) expect([word, looksLikeCommonWord(word)]).toEqual([word, false]);
  });

  it('reads a hyphenated word after a brand or acronym as a compound noun, not a place', () => {
    expect(isCompoundNoun(token('Instagram-account'))).toBe(true);
    expect(isCompoundNoun(token('VOG-aanvraag'))).toBe(true);
    expect(isCompoundNoun(token('Nieuw-Lekkerland'))).toBe(false);
    expect(isCompoundNoun(token('Instagram'))).toBe(false);
  });

  it('reads a hyphenated word with a capitalised second part as a double name, not a compound noun', () => {
    expect(isCompoundNoun(token('Mbeki-Brown'))).toBe(false);
    expect(isCompoundNoun(token('Oyelaran-Hill'))).toBe(false);
    expect(isCompoundNoun(token('TikTok-account'))).toBe(true);
  });

  it('finds institution suffixes only with a name before them', () => {
    expect(institutionSuffixOf('regenboogschool')).toBe('school');
    expect(isInstitutionLike('rembrandtcollege')).toBe(true);
    expect(isInstitutionLike('school')).toBe(false);
    expect(isInstitutionLike('pieter')).toBe(false);
  });

  it('knows street names and business compounds', () => {
    expect(isStreetLike('kerkstraat')).toBe(true);
    expect(isStreetLike('laan')).toBe(false);
    expect(isCompanyWord('loodgietersbedrijf')).toBe(true);
    expect(isCompanyWord('bedrijf')).toBe(false);
  });

  it('sees digits in a token', () => {
    expect(hasDigit(token('JO11'))).toBe(true);
    expect(hasDigit(token('Jan'))).toBe(false);
  });
});
