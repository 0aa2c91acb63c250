import { findInstitutionPatterns } from './institutions';
import { findPeople } from './people';
import { findKnownPhrases } from './phrases';
import { findingsOf, viewOf } from '../../testing/lexical';

describe('the three passes of the lexical detector', () => {
  it('known phrases: places in context, not a sentence-initial word', () => {
    const view = viewOf('Best is het. Ze woont in Best en komt uit Zwolle.');
    findKnownPhrases(view);
    expect(findingsOf(view)).toEqual(['Best:place', 'Zwolle:place']);
  });

  it('known phrases: a named organisation is neutral, not a finding', () => {
    const view = viewOf('Ze zag het op Instagram.');
    findKnownPhrases(view);
    expect(view.result().findings).toEqual([]);
    expect(view.result().neutral).toHaveLength(1);
  });

  it('institution patterns: a kind of institution with its name, a legal form', () => {
    const view = viewOf('Hij zit op basisschool De Regenboog en werkt bij Glans B.V. nu.');
    findInstitutionPatterns(view);
    expect(findingsOf(view)).toEqual(['De Regenboog:institution', 'Glans B.V:institution']);
  });

  it('people: nicknames, chains, a lower-case name after a cue', () => {
    const view = viewOf('Daan is 14. Zijn zus heet lieke en noemt zich "Kiki". Pieter Jansen belde.');
    findPeople(view, new Set());
    expect(findingsOf(view)).toEqual(['Kiki:person_name', 'Daan:person_name', 'lieke:person_name', 'Pieter Jansen:person_name']);
  });

  it('people: a surname that is also a word, once known as a name, is found again', () => {
    const view = viewOf('Bakker is boos. Vandaag belde Thijmen Bakker. Bakker huilde.');
    findPeople(view, new Set());
    expect(findingsOf(view)).toEqual(['Thijmen Bakker:person_name', 'Bakker:person_name', 'Bakker:person_name']);
  });
});
