import { found, foundOf } from './testing/helpers';

// Each rule of the institution detector with sentences that must trigger it and
// near-misses that must not. The sentences are written for these tests, not taken
// from the corpus.

describe('institutions: a cue a few words before the preposition', () => {
  it.each([
    ['Hij werkt sinds de zomer bij Pelikaan Transport.', 'Pelikaan Transport'],
    ['Ze werkt als kapster bij Salon Knip.', 'Salon Knip'],
    ['Hij is in dienst van Heijmans.', 'Heijmans'],
    ['Hij is vorig jaar ontslagen door Brouwer Logistiek.', 'Brouwer Logistiek'],
    ['Zoon zit op kickboksen bij Fightclub Ruigrok.', 'Fightclub Ruigrok'],
    ['De directeur van De Zonnewijzer is ingelicht.', 'De Zonnewijzer'],
    ['The son is in Year 8 at Oakridge.', 'Oakridge'],
    ['Her brother trains on Tuesdays with Oakfield Rovers.', 'Oakfield Rovers'],
    ['The uncle was employed by Harwood Haulage for ten years.', 'Harwood Haulage'],
  ])('finds the institution in "%s"', (text, institution) => {
    expect(foundOf(text, 'institution')).toEqual([institution]);
  });

  it.each([
    ['Hij werkt als oppas bij Pieter.', ['person_name:Pieter']],
    ['Ze werkt als schoonmaker bij De Vries thuis.', ['person_name:De Vries']],
    ['He works with Smith on the project.', ['person_name:Smith']],
    ['He plays football with Jack at the weekend.', ['person_name:Jack']],
    ['Zoon zit elke woensdag bij Oma.', []],
    ['Dochter zit drie middagen per week op de BSO.', []],
    ['Zij zit op Maandag bij de tandarts.', []],
    ['Hij zat op de HAVO en daarna op het MBO.', []],
    ['De directeur van de school is ingelicht.', []],
    ['Vader werkt sinds januari bij Veilig Thuis.', []],
    ['Hij werkt als vrijwilliger bij Stop it Now.', []],
    ['Naaste is al een jaar in behandeling bij de Waag.', []],
    ['Beller werkt al jaren bij de GGZ.', []],
  ])('finds no institution in "%s"', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('institutions: legal forms', () => {
  it.each([
    ['Hij werkt bij Van Wijk B.V. als chauffeur.', 'Van Wijk B.V'],
    ['Ze werkt bij Meijer & Zonen in de werkplaats.', 'Meijer & Zonen'],
    ['Vader rijdt voor Hermans Transport BV.', 'Hermans Transport BV'],
  ])('finds the company in "%s"', (text, institution) => {
    expect(foundOf(text, 'institution')).toEqual([institution]);
  });

  it('does not take a legal form on its own for a name', () => {
    expect(found('Hij heeft een eigen B.V. opgericht.')).toEqual([]);
    expect(found('Beller en zijn vrouw zijn samen eigenaar van een nv.')).toEqual([]);
  });
});

describe('institutions: a head word and its name', () => {
  it.each([
    ['Zoon zit op het Montessori Lyceum Herman Jordan.', 'Montessori Lyceum Herman Jordan'],
    ['Dochter zit op de Dr. Schaepmanschool.', 'Dr. Schaepmanschool'],
    ["Dochter gaat naar peuterspeelzaal 't Kabouterhuis.", 'Kabouterhuis'],
    ['He coaches at Hillside Football Club.', 'Hillside Football Club'],
    ['Her son is at Ashfield Nursery.', 'Ashfield Nursery'],
    ['He is a scout leader with 2nd Kendal Scouts.', 'Kendal Scouts'],
  ])('finds the institution in "%s"', (text, institution) => {
    expect(foundOf(text, 'institution')).toEqual([institution]);
  });

  it.each([
    ['Na school Pieter opgehaald.', ['person_name:Pieter']],
    ['Dr. Jansen werkt in het ziekenhuis.', ['person_name:Jansen']],
    ['Hij gaat twee keer per week naar de club.', []],
    ['Zoon is lid van een voetbalclub.', []],
  ])('finds no institution in "%s"', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('institutions: named by "called", by apposition or by what follows', () => {
  it.each([
    ['Her son goes to a school called Meadowbank.', 'Meadowbank'],
    ['De naaste werkt op een school genaamd De Vlinder.', 'De Vlinder'],
    ['De school, Het Baken, is ingelicht.', 'Het Baken'],
    ['The nursery, Little Acorns, was told.', 'Little Acorns'],
    ['Dochter gaat naar de Kameleon, een school voor speciaal onderwijs.', 'Kameleon'],
    ['He works for Brightwell, a removals company.', 'Brightwell'],
  ])('finds the institution in "%s"', (text, institution) => {
    expect(foundOf(text, 'institution')).toEqual([institution]);
  });

  it.each([
    ['His friend is called Tom.', ['person_name:Tom']],
    ['Een meisje genaamd Lotte speelt bij de naaste.', ['person_name:Lotte']],
    ['De buurman, Pieter, belde.', ['person_name:Pieter']],
    ['De school, zo zegt beller, weet het.', []],
    ['Beller sprak met Pieter, een leraar van school.', ['person_name:Pieter']],
  ])('finds no institution in "%s"', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('names: fewer false alarms around institutions', () => {
  it('does not take a team code for a name', () => {
    expect(found('Hij is trainer van de JO11 van VV Dalfsen.')).toEqual(['institution:VV Dalfsen']);
  });

  it('does not take a kinship word on its own for a name', () => {
    expect(found('Stiefvader is eigenaar van een bedrijf.')).toEqual([]);
  });

  it('does not remember "De" of "De Vries" as a name for later sentences', () => {
    expect(found('Meneer De Vries belde. De buurman ook.')).toEqual(['person_name:De Vries']);
  });
});
