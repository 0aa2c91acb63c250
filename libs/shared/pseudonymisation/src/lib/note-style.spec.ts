import { scan } from './scan';
import { found, foundOf } from './testing/helpers';

/** The forms counsellors write in: telegram style, lists, arrows, labels with a colon. */
describe('note-style writing', () => {
  it.each([
    'Contact 1. Uitleg over behandeling gegeven.',
    'Beller: Moeder. Zorg: Zwager.',
    'Beller → Verwezen naar GGZ.',
    'Beller -> Verwezen naar GGZ.',
    'Contact 3: Oom. Risico: Laag.',
    '- Vraag: Hoe Vertel Ik Het?',
    'Contact 2. Beller → Zoon. Advies: Gesprek Aangaan.',
    'Thema: Seksualiteit en Grenzen',
  ])('blocks nothing in "%s"', (text) => {
    expect(scan(text).filter((f) => f.level === 'direct')).toEqual([]);
  });

  it('takes a number with a full stop for a list item, not an initial', () => {
    expect(found('Contact 1. Uitleg over behandeling gegeven.')).toEqual([]);
    expect(found('J. Uitleg belde.')).toEqual(['person_name:J. Uitleg']);
  });

  it('lets a kinship word end a line: the next capitalised word is no name', () => {
    expect(found('Beller: Moeder. Zorg: Zwager.')).toEqual([]);
    // A title with a full stop still announces a name.
    expect(foundOf('Gesprek met dhr. Zorg gehad.', 'person_name')).toEqual(['Zorg']);
  });

  it('makes an unknown capitalised word a possible name (quasi), not a refusal', () => {
    const findings = scan('Thema: Zwyrkenau en Grenzen');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      category: 'possible_name',
      level: 'quasi',
    });
    expect(found('Thijmen is 12 en woont bij zijn moeder.')).toEqual(['possible_name:Thijmen']);
  });

  it.each([
    'Stap 2: Ga Het Gesprek Aan.',
    'School → Weet Van Niets.',
    'Werkgever: Niet Op De Hoogte.',
    'Hulpvraag: Moet Ik Melden?',
    'Oppas: Nee, Niet Meer.',
    'App: Groepschat Van De Club.',
    'Meldplicht: Nee, Niet Voor Beller.',
  ])('reads ordinary words in a Title Case line as a heading: nothing in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps names and places in a Title Case line', () => {
    expect(foundOf('Huisarts: Van Dijk.', 'person_name')).toEqual(['Van Dijk']);
    expect(foundOf('Zoon Woont Nu In Zwolle.', 'place')).toEqual(['Zwolle']);
  });

  it('still finds a name the lists know after an arrow or a colon', () => {
    expect(found('Beller → Pieter belde terug.')).toEqual(['person_name:Pieter']);
    expect(found('Zoon: Daan (14).')).toEqual(['person_name:Daan']);
  });
});

describe('names that are also words', () => {
  it.each([
    ['De naam van haar dochter is April.', 'April'],
    ['haar naam is Roos', 'Roos'],
    ['Ze heet Roos.', 'Roos'],
    ['The name of his son is Summer.', 'Summer'],
  ])('finds the name in "%s" from the context', (text, name) => {
    expect(foundOf(text, 'person_name')).toEqual([name]);
  });

  it('leaves the word alone without such a context', () => {
    expect(found('In april is de dochter jarig.')).toEqual([]);
    // "is" after a kinship word without "de naam van" before it describes, it does not name.
    expect(found('Haar dochter is April jarig.')).toEqual([]);
  });
});

describe('initials, titles and nicknames', () => {
  it.each([
    ['A. Visser belde gisteren.', 'A. Visser'],
    ['J.P. de Boer is de huisarts.', 'J.P. de Boer'],
    ['Gesprek met dr. Visser gehad.', 'Visser'],
    ['Mevr. Jansen belde namens haar zoon.', 'Jansen'],
    ['Contact met dhr. Bakker over de buurjongen.', 'Bakker'],
    ['Advocaat is mr. Smit.', 'Smit'],
  ])('finds the person in "%s"', (text, name) => {
    expect(foundOf(text, 'person_name')).toEqual([name]);
  });

  it.each([
    ['Hij noemt zichzelf "Kiki" online.', 'Kiki'],
    ["Zijn bijnaam is 'de Beer'.", 'de Beer'],
    ['Ze noemen hem “Grote Kees” op school.', 'Grote Kees'],
    ['They call him "Big Ben" at the club.', 'Big Ben'],
    ['Naaste wordt op school "Bolle" genoemd.', 'Bolle'],
  ])('finds the nickname in quotes in "%s"', (text, name) => {
    expect(foundOf(text, 'person_name')).toEqual([name]);
  });

  it('leaves quoted ordinary words and quotes without a naming word alone', () => {
    expect(found("Beller noemt de naaste 'mijn maatje'.")).toEqual([]);
    expect(found('Hij zei "Stop" tegen haar.')).toEqual([]);
  });
});
