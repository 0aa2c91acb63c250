import { found, foundOf } from './testing/helpers';

/** Addresses, dates and numbers in the forms people and other systems write them. */
describe('addresses as people type them', () => {
  it.each([
    ['Woont op de Dorpsln 1.', 'Dorpsln 1'],
    ['Woont in de Kerkstr. 12 te Utrecht.', 'Kerkstr. 12'],
    ['Adres: Molengr 4, Steenwijk.', 'Molengr 4'],
    ['Adres Oosthf 12', 'Oosthf 12'],
    ['Woont aan de Zeedyk 12.', 'Zeedyk 12'],
    ['Woont aan de Zeedijk 14-2.', 'Zeedijk 14-2'],
    ['Woont op het Zuiderbolwerk 12a.', 'Zuiderbolwerk 12a'],
    ['Woont aan de Meir 12 bus 2.', 'Meir 12 bus 2'],
    ['Woont op De Zwaan 14.', 'De Zwaan 14'],
  ])('finds the address in "%s"', (text, address) => {
    expect(foundOf(text, 'street_address')).toEqual([address]);
  });

  it.each([
    ['He lives on Victoria St. 112.', 'Victoria St. 112'],
    ['Her flat is on Baker Street 221b.', 'Baker Street 221b'],
    ['He lives at 12 high street.', '12 high street'],
    ['She lives at 4 church rd.', '4 church rd'],
    ['He lives on Baker Street.', 'Baker Street'],
    ['Ze woont in de Kalverstraat.', 'Kalverstraat'],
    ['Woont in de Schans 4.', 'Schans 4'],
    ['Ganzenweide 4, Amersfoort.', 'Ganzenweide 4'],
    ['Adres: Houtkaai 7, Brugge.', 'Houtkaai 7'],
    ['Ze woont Haadstrjitte 12 in Sneek.', 'Haadstrjitte 12'],
    ['Woont op Mounewei 3.', 'Mounewei 3'],
    ['Woont kerkstr. 12 in Ede.', 'kerkstr. 12'],
    ['Woont in de Veldstraat 12 b3.', 'Veldstraat 12 b3'],
    ['Woont Kerkstraat huisnummer 12.', 'Kerkstraat huisnummer 12'],
    ['Verblijft aan de Meent 12.', 'Meent 12'],
    ['Het huis aan de Zoom 4 is verkocht.', 'Zoom 4'],
    ['Staat ingeschreven op de Kerkweg 3.', 'Kerkweg 3'],
    ['Rapenburg 12, Leiden.', 'Rapenburg 12'],
    ['Ze woont Overtoom 80 in Amsterdam.', 'Overtoom 80'],
    ['Meir 12, 2000 Antwerpen.', 'Meir 12'],
    ['Adres: Steenweg op Gent 12, Aalst.', 'Steenweg op Gent 12'],
    ['Heirweg naar Brugge 4.', 'Heirweg naar Brugge 4'],
    ['She lives at 14 Oak Park.', '14 Oak Park'],
    ['Flat 2, 7 Mill Rise, Leeds.', '7 Mill Rise'],
  ])('finds the street in "%s"', (text, address) => {
    expect(foundOf(text, 'street_address')).toEqual([address]);
  });

  it.each([
    ['Adres: Vijverpl. 6, Kampen.', 'Vijverpl. 6'],
    ['Woont op de Heidewg 21.', 'Heidewg 21'],
    ['Adres: Antwerpsestwg. 140, Mechelen.', 'Antwerpsestwg. 140'],
    ['Woont op Eikendr. 9.', 'Eikendr. 9'],
    ['Woont Torenstr. 3 t/m 5.', 'Torenstr. 3 t/m 5'],
    ['Woont in de Lange Delft 18 bus 3.', 'Lange Delft 18 bus 3'],
    ['Woont aan de Parklaan 40 2-hoog.', 'Parklaan 40 2-hoog'],
    ['Woont op de Wilgenweg 5bis.', 'Wilgenweg 5bis'],
    ['Woont op de Beukenweg 5hs.', 'Beukenweg 5hs'],
    ['Adres: Kleine Berg 30, app. 4.', 'Kleine Berg 30, app. 4'],
    ['Woont in de Breestraat 9 rood.', 'Breestraat 9 rood'],
    ['Woont op de Vaartweg 2 zw.', 'Vaartweg 2 zw'],
  ])('finds the abbreviated street or the house-number addition in "%s"', (text, address) => {
    expect(foundOf(text, 'street_address')).toEqual([address]);
  });

  it.each([
    ['Ze woont Achter de Molen 7 in Sneek.', 'Achter de Molen 7'],
    ["Woont op 't Hoogeland 4.", "'t Hoogeland 4"],
    ['woont op de veldweg 8', 'veldweg 8'],
    ['Markgrave 31 bus 4 is haar adres.', 'Markgrave 31 bus 4'],
    ['Ze woont Rue du Midi 44 bte 2.', 'Rue du Midi 44 bte 2'],
    ['Adres: Avenue Brugmann 210, Ukkel.', 'Avenue Brugmann 210'],
    ['Chaussée de Wavre 12 is het adres.', 'Chaussée de Wavre 12'],
    ['She lives at 3 St. Anne’s Road.', '3 St. Anne’s Road'],
    ['Naaste is verhuisd naar het Wilhelminahof.', 'Wilhelminahof'],
    ['Er was ruzie in de Kanaalstraat.', 'Kanaalstraat'],
    ['He stays on Mulberry Lane.', 'Mulberry Lane'],
  ])('finds the street after a bare residence verb, with a box number, in French or without number in "%s"', (text, address) => {
    expect(foundOf(text, 'street_address')).toEqual([address]);
  });

  it('keeps a bus line, a market and French words without a number no address', () => {
    expect(found('Lijn 12 bus 3 rijdt niet.')).toEqual([]);
    expect(foundOf('Zaterdag op de Markt gezien.', 'street_address')).toEqual([]);
    expect(found('Place your order 12 times.')).toEqual([]);
    expect(foundOf('Woont Zwolle 3 jaar.', 'street_address')).toEqual([]);
    // After a bare preposition only the clearest street words: a market, court or web site is none.
    expect(foundOf('Op Wattpad schrijft ze verhalen.', 'street_address')).toEqual([]);
    expect(foundOf('Op de Kerstmarkt gezien.', 'street_address')).toEqual([]);
    expect(foundOf('Hij moet voorkomen bij het Gerechtshof.', 'street_address')).toEqual([]);
  });

  it('takes a name, an age and a place for no address', () => {
    expect(foundOf('Xandrijn 12 in Zwolle belde.', 'street_address')).toEqual([]);
    expect(foundOf('Lisa 14, Zwolle.', 'street_address')).toEqual([]);
    expect(found('Groep 8, Utrecht.')).toEqual(['place:Utrecht']);
    expect(found('He walked 2 miles down the road.')).toEqual([]);
    expect(found('He scored 2 Premier League goals.')).toEqual([]);
    expect(found('He lives on the same road as his dad.')).toEqual([]);
    expect(found('Hij verblijft in de kliniek 3 weken.')).toEqual([]);
    expect(found('Ze woont in de regio.')).toEqual([]);
  });

  it('leaves numbers after a residence cue alone when they are no house number', () => {
    expect(foundOf('Zoon woont op Kamers 2 weken.', 'street_address')).toEqual([]);
    expect(found('Woont op nummer 12.')).toEqual([]);
  });
});

describe('dates in every Dutch way', () => {
  it.each([
    ['Op 17-mei-2011 was het incident.', '17-mei-2011'],
    ['Brief van 15.jan.1928 gevonden.', '15.jan.1928'],
    ["Datum 12-04-'02 genoemd.", "12-04-'02"],
    ['Op 23 10 2011 gebeurd.', '23 10 2011'],
  ])('finds the date in "%s"', (text, date) => {
    expect(foundOf(text, 'date')).toEqual([date]);
  });

  it.each([
    ['Geboren 17-mei-2011.', '17-mei-2011'],
    ['Geb. 15.jan.1928', '15.jan.1928'],
    ['12 maart 2011 geboren.', '12 maart 2011'],
    ['Zoon, 3-4-2011 geboren, woont thuis.', '3-4-2011'],
    ['Geb.dat. 19.09.1964.', '19.09.1964'],
    ['Geb. datum: 02/11/1987', '02/11/1987'],
    ['Geboortedat. 7-8-1990', '7-8-1990'],
    ['Op 9-2-2012 is hij geboren.', '9-2-2012'],
    ['Geboortedatum van de oudste zoon van beller: 14-10-2004.', '14-10-2004'],
    ['Geb. 23 aug. 76, woont alleen.', '23 aug. 76'],
    ['Zoon (21-6-2010) wil niet naar school.', '21-6-2010'],
    ['Haar jongste is van 7 januari 2015.', '7 januari 2015'],
    ['Ze is van 3-6-2010.', '3-6-2010'],
    ['Zoon is 13 jaar (30-08-2011).', '30-08-2011'],
    ['Naaste (16, 11-11-2008) woont bij pleegouders.', '11-11-2008'],
  ])('makes a date with a birth word before or after it a date of birth: "%s"', (text, date) => {
    expect(foundOf(text, 'date_of_birth')).toEqual([date]);
  });

  it.each([
    ['Broer (geb. 1971) is de naaste.', '1971'],
    ['Moeder °1983, twee kinderen.', '1983'],
    ['Naaste, geboren 2006, zit op kamers.', '2006'],
    ["Moeder, geb. '78, belt.", "'78"],
    ['Geboortejaar: 1990.', '1990'],
    ['Haar dochter is geboren in oktober 2013.', 'oktober 2013'],
    ["Caller's father (b. 1958) lives in a care home.", '1958'],
  ])('takes a year of birth written as in a register for a date of birth: "%s"', (text, year) => {
    expect(foundOf(text, 'date_of_birth')).toEqual([year]);
  });

  it('leaves a birth year said in a sentence, a bare two-digit year and other dates alone', () => {
    expect(found('Beller is geboren in 1980, dus 44 jaar.')).toEqual([]);
    expect(found('Caller was born in 1990, so in his thirties.')).toEqual([]);
    expect(found('Op 12 maart 85 mensen gezien.')).toEqual([]);
    expect(found('Temperatuur 37° 2020 gemeten.')).toEqual([]);
    expect(found('Op 3-4-2024 is hij gebeld.')).toEqual(['date:3-4-2024']);
    expect(found('De brief is van 12-03-2024.')).toEqual(['date:12-03-2024']);
    expect(found('Gesprek 2 (12-03-2024) ging goed.')).toEqual(['date:12-03-2024']);
  });

  it.each([
    ['Dochter is 12 (3 maart 2012) en zit in groep 8.', '3 maart 2012'],
    ['Stiefzoon, 9 jr (12-03-2015), woont bij vader.', '12-03-2015'],
    ['Nicht (Sanne, 15, 04-07-2009) logeert bij beller.', '04-07-2009'],
    ['Sanne (15 jaar, 04-07-2009) belt zelf.', '04-07-2009'],
    ['Sanne (15 jr; 04-07-2009) belt zelf.', '04-07-2009'],
    ['Sanne, 15, 04-07-2009, belt zelf.', '04-07-2009'],
    ['Ruben, 14 (2-9-2010), zit op het vmbo.', '2-9-2010'],
    ['Jake, aged 12 (12/03/2012), lives with his nan.', '12/03/2012'],
    ['gb. 5-5-2005, neef van de beller', '5-5-2005'],
    ['Kleinzoon kwam op 3 mei 2011 ter wereld.', '3 mei 2011'],
    ['Ze is op 3 mei 2011 bevallen van een zoon.', '3 mei 2011'],
    ['Bevallen op 3 mei 2011 van een dochter.', '3 mei 2011'],
    ['Geboren d.d. 4-10-2007 te Breda.', '4-10-2007'],
    ['Moeder is geboren op de 12e van maart 1981.', '12e van maart 1981'],
    ['Broer (14) is van 12-03-2010.', '12-03-2010'],
    ["b. 3 Jun '08, lives with her aunt.", "3 Jun '08"],
    ['Nephew (b. 09/10/2010) is at secondary school.', '09/10/2010'],
    ['Her brother, b. 2/2/2002, moved out.', '2/2/2002'],
    ['DOB of the young person he mentioned: 2011-04-12.', '2011-04-12'],
    ['Born on June 3rd 2009, so he is 15.', 'June 3rd 2009'],
    ["DOB Feb 14 '09.", "Feb 14 '09"],
  ])('finds the date of birth in "%s"', (text, date) => {
    expect(foundOf(text, 'date_of_birth')).toEqual([date]);
  });

  it.each([
    ['Ze is jarig op 12 maart.', '12 maart'],
    ['Verjaardag: 3 mei, wordt dan 14.', '3 mei'],
    ['Geb. 12-03, jaar weet ze niet.', '12-03'],
    ['His birthday is May 3rd.', 'May 3rd'],
    ['Geboren 03/25/2011 in Utrecht.', '03/25/2011'],
    ['Broer (zoon van oom, 12-03-2011) woont thuis.', '12-03-2011'],
    ['(Dochter van beller: 12 maart 2011) belde zelf.', '12 maart 2011'],
    ['Lisa, 3-4-2011 (nu 13), zit op school.', '3-4-2011'],
    ['Datum 12-03-2010 (14 jaar) klopt volgens moeder.', '12-03-2010'],
    ['12 maart 2011 (geboortedatum) klopt.', '12 maart 2011'],
    ['Op 3 mei 2011 kreeg ze een dochter.', '3 mei 2011'],
    ['Leeftijd: 14 (12-03-2010).', '12-03-2010'],
    ['Neef, 14 jaar oud (12-03-2010), belt.', '12-03-2010'],
    ['Neef 14j (12-03-2010) belt.', '12-03-2010'],
    ['Kleindochter º12/03/2011 uit Gent.', '12/03/2011'],
    ['Geb.jaar 2010, verder niets bekend.', '2010'],
    ['Kinderen: zoon (2010) en dochter (°2012).', '2010'],
  ])('finds the birthday or date of birth in "%s"', (text, date) => {
    expect(foundOf(text, 'date_of_birth')[0]).toEqual(date);
  });

  it.each([
    ['geb.12-03-2010, neef van beller', '12-03-2010'],
    ['Geboren 12.III.2010 te Mechelen.', '12.III.2010'],
    ['Geboren 12 - 03 - 2010.', '12 - 03 - 2010'],
    ['Geboren 2010/03/12.', '2010/03/12'],
    ['Geboren 12maart2010.', '12maart2010'],
    ['Geboren op twaalf maart 2010.', 'twaalf maart 2010'],
    ['Born on the twenty-first of May 2011.', 'twenty-first of May 2011'],
    ['Kinderen: Daan 12-03-2011 en Lisa 4-5-2013.', '12-03-2011'],
    ['De baby (3-4-2024) huilt veel.', '3-4-2024'],
    ['The child (12/03/2015) is safe now.', '12/03/2015'],
    ['bday 12/03/2010 acc. to mum', '12/03/2010'],
    ['Datum 12-03-2010 - 14 jaar, zegt moeder.', '12-03-2010'],
  ])('finds the date of birth written in a less usual way in "%s"', (text, date) => {
    expect(foundOf(text, 'date_of_birth')[0]).toEqual(date);
  });

  it('leaves version numbers and a dated list alone', () => {
    expect(found('Versie 1.12.03.2010 geïnstalleerd.')).toEqual([]);
    expect(found('Uitslag 3 - 4 - 2010 was goed.')).toEqual(['date:3 - 4 - 2010']);
  });

  it('takes a year in brackets after a name or kinship word for a year of birth', () => {
    expect(found('Daan (2010) en Lisa (2012) wonen bij moeder.')).toEqual([
      'person_name:Daan',
      'date_of_birth:2010',
      'person_name:Lisa',
      'date_of_birth:2012',
    ]);
    expect(found('Het boek (2010) gelezen.')).toEqual([]);
  });

  it('leaves a day and month without a birth word, and a date with a time span after it, alone', () => {
    expect(found('Afspraak op 12 maart om 10 uur.')).toEqual([]);
    expect(found('Sinds 12 maart (3 weken) geen contact.')).toEqual([]);
    expect(found('Op 12-03-2024 (2 jaar geleden) gebeurd.')).toEqual(['date:12-03-2024']);
    expect(found('Gesprek met moeder, 12-03-2024, ging goed.')).toEqual(['date:12-03-2024']);
  });

  it('takes a year after "b." where a bracket or comma opens it for a year of birth', () => {
    expect(foundOf('Caller (Mr Hughes, b. 1971) rang from work.', 'date_of_birth')).toEqual(['1971']);
  });

  it('gives a birth word only to its own date', () => {
    expect(found('Zoon is geboren 3 mei 2011; het gesprek was op 3 mei 2024.')).toEqual(['date_of_birth:3 mei 2011', 'date:3 mei 2024']);
    expect(found('Zoon is geboren 3 mei 2011, het gesprek was op 3 mei 2024.')).toEqual(['date_of_birth:3 mei 2011', 'date:3 mei 2024']);
    expect(found('Beller is geboren in 1980; op 3-4-2024 belde ze.')).toEqual(['date:3-4-2024']);
    expect(foundOf('Niece (DOB 09-03-2012) was seen on 3 May 2025.', 'date')).toEqual(['3 May 2025']);
    expect(foundOf('Geb. 12-03-2010 (zoon), 04-05-2012 (dochter).', 'date_of_birth')).toEqual(['12-03-2010', '04-05-2012']);
    expect(foundOf('Tweeling geboren 3-4-2010 en 3-4-2010.', 'date_of_birth')).toEqual(['3-4-2010', '3-4-2010']);
  });

  it('leaves dates after a list letter, a number or a count alone', () => {
    expect(found('Stap b. 12-03-2024 terugbellen.')).toEqual(['date:12-03-2024']);
    expect(found('a. Gesprek gehad.\nb. 12-03-2024 terugbellen.')).toEqual(['date:12-03-2024']);
    expect(found('Dochter Sanne\nb. 12-03-2014')).toContain('date_of_birth:12-03-2014');
    expect(found('Contact 3 (14-05-2024): moeder belde opnieuw.')).toEqual(['date:14-05-2024']);
    expect(found('Sinds 2 weken (12-03-2024) geen contact.')).toEqual(['date:12-03-2024']);
    expect(found('Ze is 40, gesprek op 12-03-2024.')).toEqual(['date:12-03-2024']);
    expect(found('Punt b. 2020 was een zwaar jaar.')).toEqual([]);
    expect(found('a. Verhuisd.\nb. 2020 was een zwaar jaar.')).toEqual([]);
  });

  it.each([
    ['Op 14 juni 2009 is Ilse geboren.', '14 juni 2009'],
    ['Kleinzoon werd op 02.11.2012 in Hasselt geboren.', '02.11.2012'],
    ['Ze zag op 5 mei 2013 het levenslicht.', '5 mei 2013'],
    ['Beller beviel op 7 juli 2015 van een tweeling.', '7 juli 2015'],
    ['Hij verjaart op 9 oktober 2008.', '9 oktober 2008'],
    ['He came into the world on 1 July 2014.', '1 July 2014'],
  ])('finds a date of birth with a birth verb after or before it in "%s"', (text, date) => {
    expect(foundOf(text, 'date_of_birth')).toEqual([date]);
  });

  it.each([
    ['Ze is geboren in Aalst, in het OLV, op 8 juni 2010.', '8 juni 2010'],
    ['He was born in Cork, Ireland, on 2 April 2009.', '2 April 2009'],
    ['Geboortedatum van het oudste kind van haar nieuwe vriend: 11/11/2011', '11/11/2011'],
    ['Naaste (v, 21-01-2009) zit op internaat.', '21-01-2009'],
    ['Slachtoffer (m/14, 30.06.2010) belde zelf.', '30.06.2010'],
    ['Oudste dochter: 17-08-2008', '17-08-2008'],
    ['Gegevens: zoon, 6 januari 2012, woont bij oma.', '6 januari 2012'],
    ['Jongste zoon - 4/4/2014', '4/4/2014'],
    ['Haar zoontje van 19-9-2019 is ziek.', '19-9-2019'],
    ['Kind van 8 (1-2-2016) logeert daar.', '1-2-2016'],
  ])('finds a date of birth after a place of birth, a label, a sex or a listed child in "%s"', (text, date) => {
    expect(foundOf(text, 'date_of_birth')).toEqual([date]);
  });

  it.each([
    ['geb. 21012009', '21012009'],
    ['DOB 20090121, per school', '20090121'],
  ])('takes eight digits after a birth word for a date of birth, not a register number: "%s"', (text, date) => {
    expect(found(text)).toEqual([`date_of_birth:${date}`]);
  });

  it.each([
    ['Ze is geboren ergens in juni 2008.', 'juni 2008'],
    ['Born sometime in May 2007.', 'May 2007'],
    ['Birth year 2006, nothing else known.', '2006'],
  ])('takes a vague month or a birth year as in a register for a date of birth: "%s"', (text, date) => {
    expect(foundOf(text, 'date_of_birth')).toEqual([date]);
  });

  it.each([
    ['Dochter wordt 12 op 9 november.', '9 november'],
    ['Op 21 juni wordt hij 17, zegt moeder.', '21 juni'],
    ['Zoon is op 4 februari jarig.', '4 februari'],
    ['Ze viert op 30 mei haar 15e verjaardag.', '30 mei'],
    ['Her son turns 11 on 19 August.', '19 August'],
    ['On October 2nd he turns 13.', 'October 2nd'],
  ])('takes a day and month with the age reached on it for a birthday: "%s"', (text, date) => {
    expect(foundOf(text, 'date_of_birth')).toEqual([date]);
  });

  it.each([
    ['Geboren op negen april tweeduizend tien.', 'negen april'],
    ['Born on April the 9th, 2010.', 'April the 9th, 2010'],
    ['DOB 2010-04-09T00:00:00Z (export).', '2010-04-09'],
    ['The 13-year-old (09/04/2010) rang herself.', '09/04/2010'],
    ['Geboren (zegt oma, niet zeker) op 9 april 2010.', '9 april 2010'],
    ['Geboortedatum? 9-4-2010', '9-4-2010'],
    ['Date of birth? 09.04.2010', '09.04.2010'],
    ['Mila (*2010) woont bij oma.', '2010'],
  ])('finds the date of birth in words, in a system export, after a question or an aside in "%s"', (text, date) => {
    expect(foundOf(text, 'date_of_birth')).toEqual([date]);
  });

  it.each([
    ['Geb. 7-2012, verder onbekend.', '7-2012'],
    ['DOB 11/2009 per the school.', '11/2009'],
    ['Geboortedatum 2009, de dag weet ze niet.', '2009'],
    ['Date of birth: 2012 (month unknown).', '2012'],
  ])('takes a month and year in numbers, or a year, after a birth-date label for a date of birth: "%s"', (text, date) => {
    expect(foundOf(text, 'date_of_birth')).toEqual([date]);
  });

  it('leaves a day and month with a count or duration after it alone', () => {
    expect(found('Op 3 maart wordt ze 16 uur vastgehouden.')).toEqual([]);
    expect(found('On 3 March she turns 16 pages.')).toEqual([]);
    expect(found('Op 3 maart wordt het gesprek herhaald.')).toEqual([]);
  });

  it('keeps a date a date when a child is only spoken about, or a birth word stands far off', () => {
    expect(found('Contact met zoon: 12-03-2024 gebeld.')).toEqual(['date:12-03-2024']);
    expect(found('Moeder: 12-03-2024 gebeld.')).toEqual(['date:12-03-2024']);
    expect(found('Zoon kreeg op 3 mei 2024 een straf.')).toEqual(['date:3 mei 2024']);
    expect(foundOf('She was born in Leeds, and on 3 May 2024 she moved.', 'date')).toEqual(['3 May 2024']);
    expect(foundOf('He was born in York and moved here on 3 May 2024.', 'date')).toEqual(['3 May 2024']);
    expect(found('Op 3 mei 2024 werd haar zoon opgenomen.')).toEqual(['date:3 mei 2024']);
    expect(found('Dossier 12345678 bijgewerkt.')).toEqual(['id_number:12345678']);
  });

  it('takes an unknown word before a date of birth in brackets for a name', () => {
    expect(found('Thijmen (12-03-2011) belt.')).toEqual(['person_name:Thijmen', 'date_of_birth:12-03-2011']);
  });

  it('takes no date out of a phone number or a longer run of numbers', () => {
    expect(foundOf('Bel 06 12 34 56 78 terug.', 'date')).toEqual([]);
    expect(found('Bedrag 12 10 2011 99 euro.')).toEqual([]);
  });
});

describe('numbers that identify', () => {
  it.each([
    ['Clientnummer 123456789 genoemd.', '123456789'],
    ['Dossiernummer: 20231234.', '20231234'],
    ['Patiëntnummer 0012345678 staat op de brief.', '0012345678'],
    ['Cliëntnr. AB-12345 doorgegeven.', 'AB-12345'],
    ['Nummer 20231234 staat op de brief.', '20231234'],
  ])('finds the client, patient or file number in "%s"', (text, number) => {
    expect(foundOf(text, 'id_number')).toEqual([number]);
  });

  it.each([
    ['Hij noemt het dossiernummer van de rechtbank: RB12-2023998877.', 'RB12-2023998877'],
    ['Parketnummer 10/445566-23 staat op de dagvaarding.', '10/445566-23'],
    ['Ref. 2023-7781-XY in de mail.', '2023-7781-XY'],
    ['Ons kenmerk: 4410 2283 7719 05.', '4410 2283 7719 05'],
    ['Rijksregisternummer 90.02.14-123.45 gecontroleerd.', '90.02.14-123.45'],
    ['Her NHS number is 485 777 3456.', '485 777 3456'],
    ['File ref: 2023/SAF/01177 on the letter.', '2023/SAF/01177'],
    ['Serial number of the laptop: C02XK1ABJG5H.', 'C02XK1ABJG5H'],
    ['Dossier 2022-771904 bij de jeugdbescherming.', '2022-771904'],
    ['Zijn INSZ is 92.04.15-117.35, las hij voor.', '92.04.15-117.35'],
    ['Ondernemingsnummer 0456.778.912 genoemd.', '0456.778.912'],
    ['Hij las zijn referentie voor: REF-5561209.', 'REF-5561209'],
    ['Patiëntnummer, 0047 1182, op de kaart.', '0047 1182'],
    ['Zijn id is 7791-3312-88.', '7791-3312-88'],
    ['Het cliëntnummer bij de verslavingszorg is 5519023.', '5519023'],
    ['Documentnummer: IR4F58D21.', 'IR4F58D21'],
  ])('finds the reference or register number in "%s"', (text, number) => {
    expect(foundOf(text, 'id_number')).toEqual([number]);
  });

  it('finds a Belgian national number without a label only when its check digits are right', () => {
    expect(found('Op de kaart staat 78.01.01-204.53.')).toEqual(['id_number:78.01.01-204.53']);
    expect(found('Op de kaart staat 78.01.01-204.54.')).toEqual([]);
    // Born in 2000 or later: the check is over the number with a 2 in front.
    expect(foundOf('Nummer 01.09.23-117.82.', 'id_number')).toEqual(['01.09.23-117.82']);
  });

  it('needs five digits after a label that is also a word', () => {
    expect(found('Het dossier 2019 is gesloten.')).toEqual([]);
    expect(found('De cliënt is 15 jaar en woont bij moeder.')).toEqual([]);
  });

  it('reads "kenmerk" in a sentence as a word, not a label', () => {
    expect(found('Zijn kenmerk is dat hij 10 minuten te laat komt.')).toEqual([]);
  });

  it('keeps 112 and 113 allowed, but not inside an IP address', () => {
    expect(found('Bel 113 of 112 bij nood.')).toEqual([]);
    expect(foundOf('Melding vanaf IP 198.51.100.113.', 'ip_address')).toEqual(['198.51.100.113']);
  });

  it('leaves amounts, public numbers and phone numbers to their own rules', () => {
    expect(found('Betaalde 12345678 euro.')).toEqual([]);
    expect(found('Beller gewezen op 08002666436.')).toEqual([]);
    expect(found('Bel 0612345678 terug.')).toEqual(['phone:0612345678']);
  });

  it.each([
    ['Kenteken 1-ABC-123 (Belgisch).', '1-ABC-123'],
    ['Duits kenteken B-AB 1234.', 'B-AB 1234'],
    ['Brits kenteken AB12 CDE.', 'AB12 CDE'],
    ['Een Duitse auto, M-KL 482, stond er.', 'M-KL 482'],
    ['Busje met HH-RT 7310 erop.', 'HH-RT 7310'],
  ])('finds the foreign plate in "%s"', (text, plate) => {
    expect(foundOf(text, 'licence_plate')).toEqual([plate]);
  });

  it('reads a German plate without a cue only with three letters and a number that is no year', () => {
    expect(found('Hij zit in klas B-H 2 van de mavo.')).toEqual([]);
    expect(found('Het WK-EK 2024 was een succes.')).toEqual([]);
  });

  it.each([
    ['Woont in 2000 Antwerpen.', '2000'],
    ['Kerkstraat 12, 9000 Gent.', '9000'],
    ['Postcode SW1A 1AA in Londen.', 'SW1A 1AA'],
    ['Her postcode is m14 5rr.', 'm14 5rr'],
    ['Moeder gaf 3511 ab als postcode op.', '3511 ab'],
  ])('finds the Belgian or British postcode in "%s"', (text, postcode) => {
    expect(foundOf(text, 'postcode')).toEqual([postcode]);
  });

  it('takes a year before a place for a year', () => {
    expect(foundOf('In 2011 Gent bezocht.', 'postcode')).toEqual([]);
  });

  it.each([
    ['Op Snapchat heet ze lotte.x09.', 'lotte.x09'],
    ['Dochter chat met gamerboy2011 op Roblox.', 'gamerboy2011'],
    ['Zijn gebruikersnaam is kees_1988.', 'kees_1988'],
    ['Op Roblox heet hij stillevos, zegt moeder.', 'stillevos'],
    ['Zijn nickname in het spel is donkerehaai.', 'donkerehaai'],
  ])('finds the user name from the context in "%s"', (text, handle) => {
    expect(foundOf(text, 'handle')).toEqual([handle]);
  });

  it('needs a platform or user-name word for a handle without "@"', () => {
    expect(found('Versie 2.10 van het formulier.')).toEqual([]);
    expect(found('Zoon speelt voetbal in team jo11 op zaterdag.')).toEqual([]);
    // After a platform alone a compound stays a word; after "heet hij" a plain word too.
    expect(found('Roblox groepschat gelezen.')).toEqual([]);
    expect(found('Op Roblox heet hij anders dan op school.')).toEqual([]);
    expect(found('Zijn account op de site is gehackt.')).toEqual([]);
  });
});

describe('Flemish care and hospital names', () => {
  it.each([
    ['Mijn man werkt in het UZ Leuven.', 'UZ Leuven'],
    ['Opgenomen in AZ Sint-Jan Brugge.', 'AZ Sint-Jan Brugge'],
    ['Hij ligt in het ZNA Middelheim.', 'ZNA Middelheim'],
    ['Neef woont bij Amarant, een woonvorm.', 'Amarant'],
    ['Neef ligt in AZ Delta in Roeselare.', 'AZ Delta'],
    ['Begeleid door CAW Oost-Vlaanderen.', 'CAW Oost-Vlaanderen'],
    ['Zoon zit in het vierde jaar van KA Hasselt.', 'KA Hasselt'],
  ])('finds the institution in "%s"', (text, institution) => {
    expect(foundOf(text, 'institution')).toEqual([institution]);
  });
});

describe('institutions by abbreviation', () => {
  it.each([
    ['Dochter zit op CSG Liudger.', 'CSG Liudger'],
    ['Opname in het UMCU is gepland.', 'UMCU'],
    ["Broer woont bij 's Heeren Loo.", 'Heeren Loo'],
    ['Hij voetbalt bij SV Oranje Wit in de O17.', 'SV Oranje Wit'],
  ])('finds the whole name in "%s"', (text, institution) => {
    expect(found(text)).toEqual([`institution:${institution}`]);
  });

  it('reads a kind of ward after "op de" as no surname', () => {
    expect(found('Opgenomen op de PAAZ, sinds vrijdag thuis.')).toEqual([]);
  });

  it('keeps an acronym the guide names allowed when no name follows it', () => {
    expect(found('Verwezen naar CSG. Moeder belt morgen.')).toEqual([]);
  });
});

describe('places written with a/d', () => {
  it.each([
    ['Moeder woont in Alphen a/d Rijn.', 'Alphen a/d Rijn'],
    ['Opa komt uit Ouderkerk a.d. Amstel.', 'Ouderkerk a.d. Amstel'],
  ])('finds the whole place in "%s"', (text, place) => {
    expect(found(text)).toEqual([`place:${place}`]);
  });
});

describe('names in lower case', () => {
  it.each([
    ['maak me zorgen om lieke, mijn kleindochter', 'lieke'],
    ['Buurjongen bas (16) komt vaak.', 'bas'],
    ['gesprek over daan (12) en zijn vader', 'daan'],
  ])('finds the name with an age or a kinship word beside it in "%s"', (text, name) => {
    expect(foundOf(text, 'person_name')).toEqual([name]);
  });

  it('leaves words and dates before an age or a kinship word alone', () => {
    expect(found('Ik ga naar huis, mijn zoon wacht.')).toEqual([]);
    expect(found('Hij had 3 mei (14) een afspraak.')).toEqual([]);
  });
});

describe('user names without a platform right before them', () => {
  it.each([
    ['In de chat noemt ze zich MoonGirl08.', 'MoonGirl08'],
    ['He calls himself RedFalcon2 in the game.', 'RedFalcon2'],
    ['Iemand die zich Lieke2007 noemt stuurde foto’s.', 'Lieke2007'],
    ['Op Fortnite speelt hij als SilentWolf.', 'SilentWolf'],
    ['Zijn Discord-naam is Vosje#4821.', 'Vosje#4821'],
    ['Contact via Snapchat (mila.vr) gehad.', 'mila.vr'],
    ['Via Telegram benaderd door ene Nightfox13.', 'Nightfox13'],
    ['Noortje2009 stuurde haar een verzoek.', 'Noortje2009'],
  ])('finds the user name in "%s"', (text, handle) => {
    expect(foundOf(text, 'handle')).toEqual([handle]);
  });

  it('leaves words with a number, and a plain name after "noemt zich", alone', () => {
    expect(found('Lokaal12 is vrij.')).toEqual([]);
    expect(found('Via de app Windows10 bijgewerkt.')).toEqual([]);
    expect(found('Ze zit in groep7 en speelt online.')).toEqual([]);
    expect(found('Online sessie over Covid19 gevolgd.')).toEqual([]);
    expect(found('Hij noemt zich de baas.')).toEqual([]);
    expect(foundOf('Ze noemt zich Lisa.', 'handle')).toEqual([]);
  });
});

describe('double-barrelled surnames', () => {
  it.each([
    ['Mevrouw Mbeki-Brown belde de school.', 'Mbeki-Brown'],
    ['Mrs Oyelaran-Hill is the neighbour.', 'Oyelaran-Hill'],
  ])('finds the double name after a title in "%s"', (text, name) => {
    expect(foundOf(text, 'person_name')).toEqual([name]);
  });
});

describe('surnames with an abbreviated or elided particle', () => {
  it.each([
    ['Buurman R. v.d. Linden kijkt naar de kinderen.', 'R. v.d. Linden'],
    ['Mevrouw v/d Heuvel belde terug.', 'v/d Heuvel'],
    ["Oom Kees van 't Riet werkt bij de scouts.", "Kees van 't Riet"],
  ])('finds the whole name in "%s"', (text, name) => {
    expect(foundOf(text, 'person_name')).toEqual([name]);
  });
});
