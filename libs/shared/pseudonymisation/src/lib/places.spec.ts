import { allPlaces, placeVariants } from './lexicon/places';
import { BE_PLACES, NL_PLACES } from './lexicon/places.generated';
import { found, foundOf } from './testing/helpers';

describe('the generated place list', () => {
  const nl = NL_PLACES.split('|').map((p) => p.trim());
  const be = BE_PLACES.split('|').map((p) => p.trim());

  it('holds every BAG woonplaats and every bpost deelgemeente, sorted and without duplicates', () => {
    expect(nl.filter((p) => p !== '').length).toBeGreaterThan(2400);
    expect(be.filter((p) => p !== '').length).toBeGreaterThan(2600);
    for (const list of [nl, be]) {
      const names = list.filter((p) => p !== '');
      expect(new Set(names).size).toBe(names.length);
      expect([...names].sort()).toEqual(names);
    }
    expect(nl).toEqual(expect.arrayContaining(['aalsmeerderbrug', "'s-hertogenbosch", 'nes']));
    expect(be).toEqual(expect.arrayContaining(['sint-niklaas', 'sint-amandsberg', 'zwijnaarde']));
  });

  it('derives the spellings people write', () => {
    expect(placeVariants('Sint-Niklaas')).toContain('Sint Niklaas');
    expect(placeVariants("'s Gravenmoer")).toContain("'s-Gravenmoer");
    expect(placeVariants('Súdwest-Fryslân')).toContain('Sudwest-Fryslan');
    expect(placeVariants('Alphen aan den Rijn')).toContain('Alphen a/d Rijn');
    expect(placeVariants('Koog aan de Zaan')).toContain('Koog a/d Zaan');
    expect(allPlaces()).toContain('heist op den berg');
  });
});

describe('scan: places', () => {
  it.each([
    ['Ze woont in Aalsmeerderbrug bij haar oma.', 'Aalsmeerderbrug'],
    ['Hij komt uit Wânswert.', 'Wânswert'],
    ['Familie woont in Nieuw- en Sint Joosland.', 'Nieuw- en Sint Joosland'],
    ['Vader werkt in Den Haag.', 'Den Haag'],
    ["Ze is verhuisd naar 's-Hertogenbosch.", "'s-Hertogenbosch"],
    ["Ze is verhuisd naar 's Hertogenbosch.", "'s Hertogenbosch"],
    ["Familie woont in 's Gravenzande.", "'s Gravenzande"],
    ['Ze woont in Sint Annaparochie.', 'Sint Annaparochie'],
    ['Oom woont in Sint-Niklaas.', 'Sint-Niklaas'],
    ['Oom woont in Sint Niklaas.', 'Sint Niklaas'],
    ['Opa woont in Heist-op-den-Berg.', 'Heist-op-den-Berg'],
  ])('finds the place in "%s"', (text, place) => {
    expect(foundOf(text, 'place')).toEqual([place]);
  });

  it.each([
    ['Beller woont in Zwijnaarde, vlak bij Gent.', ['Zwijnaarde', 'Gent']],
    ['Zus woont in Sint-Amandsberg.', ['Sint-Amandsberg']],
    ['Tante woont in Wilsele sinds de scheiding.', ['Wilsele']],
  ])('finds Flemish deelgemeenten in "%s"', (text, places) => {
    expect(foundOf(text, 'place')).toEqual(places);
  });

  it.each([
    ['Ze woont in Bovenkerk (NH).', 'Bovenkerk (NH)'],
    ['Beek (Gld) is waar hij opgroeide.', 'Beek (Gld)'],
    ['Hij woonde in Nes (Ameland) en Bergen (L).', 'Bergen (L)'],
  ])('takes a province suffix into the place in "%s"', (text, place) => {
    expect(foundOf(text, 'place')).toContain(place);
  });

  it('takes Bovenkerk after a place cue for a place, not a church', () => {
    expect(found('Beller woont in Bovenkerk.')).toEqual(['place:Bovenkerk']);
    expect(foundOf('De dienst was in de Bovenkerk.', 'place')).toEqual([]);
  });

  it.each([
    ['Hij woont te Best.', 'Best'],
    ['Ze komt uit Echt.', 'Echt'],
    ['Neef woont in Lent.', 'Lent'],
    ['Ze verhuist naar Beek.', 'Beek'],
    ['Oma woont in Ee.', 'Ee'],
  ])('finds a place that is also a word after a cue: "%s"', (text, place) => {
    expect(foundOf(text, 'place')).toEqual([place]);
  });

  it.each([
    'Best is om het rustig te bespreken.',
    'Echt waar, zegt ze.',
    'Beek en sloot liggen achter het huis.',
    'Het gaat best goed met hem.',
    'Dat is echt lastig voor haar.',
    'In de lente gaan ze naar de zee.',
    'Ze wonen aan de rand van het dorp, vlak bij een beek.',
    'Zijpe is een woord dat ze niet kent.',
    'Afgesproken om samen een volgende stap te zetten.',
    'Hij probeert het gesprek om te leiden naar iets anders.',
  ])('flags nothing in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Zus van beller, Lotte van der Linden, belde.', 'Lotte van der Linden'],
    ['Stiefvader Jos van den Broek.', 'Jos van den Broek'],
    ['Mevrouw de Boer belde terug.', 'de Boer'],
  ])('keeps a surname that is also a place a person in "%s"', (text, name) => {
    expect(foundOf(text, 'person_name')).toEqual([name]);
    expect(foundOf(text, 'place')).toEqual([]);
  });
});
