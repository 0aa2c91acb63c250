import {
  ageAfter,
  employerCueBefore,
  inTitleCaseLine,
  isInstitutionNoun,
  isTitleCaseHeading,
  looksLikePerson,
  nearCueBefore,
  nicknameCueBefore,
  personCueBefore,
  placeCueBefore,
  provinceAfter,
  surnameTail,
} from './context';
import { at, viewOf } from '../../testing/lexical';

describe('context (stage 3: the words around a candidate)', () => {
  it('sees a Title Case line by a capitalised closed-class word where no sentence starts', () => {
    const heading = viewOf('Stap 2: Ga Het Gesprek Aan.');
    const gesprek = at(heading, 'Gesprek');
    expect(inTitleCaseLine(heading, gesprek, gesprek)).toBe(true);
    expect(isTitleCaseHeading(heading, gesprek - 1, gesprek + 1)).toBe(true);
    const club = viewOf('App: Groepschat Van De Club.');
    expect(inTitleCaseLine(club, at(club, 'Club'), at(club, 'Club'))).toBe(true);
    // A sentence-initial word, a surname with its particle, a name among the words: no heading.
    const plain = viewOf('Thema: Vertrouwen Herstellen.');
    expect(inTitleCaseLine(plain, 1, 2)).toBe(false);
    const surname = viewOf('Huisarts Van Dam belde.');
    expect(inTitleCaseLine(surname, 1, 2)).toBe(false);
    const named = viewOf('Gesprek Met Pieter Jansen.');
    expect(isTitleCaseHeading(named, 2, 3)).toBe(false);
  });

  it('takes Flemish "ons" or "onze" for a person cue before one given name or unknown word only', () => {
    const given = viewOf('Ze belt over onze Femke.');
    expect(personCueBefore(given, at(given, 'Femke'))).toBe('describing');
    const unknown = viewOf('Ons Jelle zit in het vijfde.');
    expect(personCueBefore(unknown, at(unknown, 'Jelle'))).toBe('describing');
    const word = viewOf('Ons Dorp is klein.');
    expect(personCueBefore(word, at(word, 'Dorp'))).toBeUndefined();
    const longer = viewOf('Onze Lieve Heer helpt.');
    expect(personCueBefore(longer, at(longer, 'Lieve'))).toBeUndefined();
  });

  it('sees a place cue right before a word, and none across a sentence', () => {
    const view = viewOf('Ze woont in Best. In Best niet.');
    expect(placeCueBefore(view, at(view, 'Best'))).toBe(true);
    const other = viewOf('Het Best');
    expect(placeCueBefore(other, at(other, 'Best'))).toBe(false);
  });

  it('finds a province suffix and where it ends, or -1', () => {
    const text = 'Bovenkerk (NH) en Beek (L) en Nes (Ameland)';
    const view = viewOf(text);
    expect(provinceAfter(view, at(view, 'Bovenkerk'))).toBe(text.indexOf(')') + 1);
    expect(provinceAfter(view, at(view, 'Beek'))).toBe(text.indexOf('(L)') + 3);
    expect(provinceAfter(view, at(view, 'Nes'))).toBe(-1);
  });

  it('sees an age right after a name', () => {
    const view = viewOf('Daan (12) en Roos, 14, en Tim (de broer)');
    expect(ageAfter(view, at(view, 'Daan'))).toBe(true);
    expect(ageAfter(view, at(view, 'Roos'))).toBe(true);
    expect(ageAfter(view, at(view, 'Tim'))).toBe(false);
  });

  it('sees a date of birth in brackets right after a name as its age', () => {
    const view = viewOf('Daan (12-03-2011) en Roos (°3/4/2011) en Tim (12 maart)');
    expect(ageAfter(view, at(view, 'Daan'))).toBe(true);
    expect(ageAfter(view, at(view, 'Roos'))).toBe(true);
    expect(ageAfter(view, at(view, 'Tim'))).toBe(false);
  });

  it('tells a naming cue from a describing one, and a title from the end of a note line', () => {
    const view = viewOf('haar naam is April en zoon Daan en dhr. Jansen');
    expect(personCueBefore(view, at(view, 'April'))).toBe('naming');
    expect(personCueBefore(view, at(view, 'Daan'))).toBe('describing');
    expect(personCueBefore(view, at(view, 'Jansen'))).toBe('describing');
    const note = viewOf('Beller: Moeder. Zorg: Zwager.');
    expect(personCueBefore(note, at(note, 'Zorg'))).toBeUndefined();
    const named = viewOf('de naam van haar dochter is Roos');
    expect(personCueBefore(named, at(named, 'Roos'))).toBe('naming');
  });

  it('sees the end of a surname, so the place name in it is no place', () => {
    const view = viewOf('Lotte van der Linden en J.P. de Boer');
    expect(surnameTail(view, at(view, 'Linden'))).toBe(true);
    expect(surnameTail(view, at(view, 'Boer'))).toBe(true);
    const place = viewOf('Ze woont in Zwolle');
    expect(surnameTail(place, at(place, 'Zwolle'))).toBe(false);
  });

  it('finds employer cues right before and a few words before', () => {
    const view = viewOf('Hij werkt bij de Jumbo.');
    expect(employerCueBefore(view, at(view, 'Jumbo'))).toBe(true);
    const near = viewOf('Ze werkt sinds maart bij Albert Heijn.');
    expect(employerCueBefore(near, at(near, 'Albert'))).toBe(false);
    expect(nearCueBefore(near, at(near, 'Albert'))).toBe(true);
    const apart = viewOf('Ze werkt. Sinds maart bij Albert.');
    expect(nearCueBefore(apart, at(apart, 'Albert'))).toBe(false);
  });

  it('finds a nickname cue up to three words back', () => {
    const view = viewOf('noemt zichzelf "Kiki"');
    expect(nicknameCueBefore(view, at(view, 'Kiki'))).toBe(true);
    const far = viewOf('noemt hem al heel lang "Kiki"');
    expect(nicknameCueBefore(far, at(far, 'Kiki'))).toBe(false);
  });

  it('takes "goes by" and "went by" for a nickname cue, not "by" alone', () => {
    const goes = viewOf('she goes by "Pip" now');
    expect(nicknameCueBefore(goes, at(goes, 'Pip'))).toBe(true);
    const went = viewOf('he went by "Dodge"');
    expect(nicknameCueBefore(went, at(went, 'Dodge'))).toBe(true);
    const written = viewOf('a poem by "Anon"');
    expect(nicknameCueBefore(written, at(written, 'Anon'))).toBe(false);
  });

  it('tells people from named things among capitalised words', () => {
    const view = viewOf('De Vries, De Klimop, Kees Vermeer');
    expect(looksLikePerson(view, 0, 1)).toBe(true);
    const klimop = at(view, 'Klimop');
    expect(looksLikePerson(view, klimop - 1, klimop)).toBe(false);
    const kees = at(view, 'Kees');
    expect(looksLikePerson(view, kees, kees + 1)).toBe(true);
  });

  it('knows institution nouns', () => {
    const view = viewOf('de school en het kinderdagverblijf en de fiets');
    expect(isInstitutionNoun(view, at(view, 'school'))).toBe(true);
    expect(isInstitutionNoun(view, at(view, 'fiets'))).toBe(false);
  });
});
