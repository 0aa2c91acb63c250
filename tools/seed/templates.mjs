// Identifier-free Dutch template texts for the demo seed. Each is encrypted once with the
// configured data key and the ciphertext reused for many rows: the database never holds plaintext.
// The seeder refuses to run if the identifier detector finds anything in these texts.

export const TEMPLATES = {
  contactSummary: [
    'Beller maakt zich zorgen over wat zij bij haar partner heeft gezien op de laptop. Uitleg gegeven over de stappen van Start het Gesprek en samen gekeken wat zij al weet.',
    'Eerste contact. Beller vertelt dat de gedachten de laatste weken vaker terugkomen, vooral in de avond. Besproken wat helpt om afstand te nemen en dat hulp anoniem kan beginnen.',
    'Vervolggesprek. De beller heeft het gesprek met de vertrouwenspersoon gevoerd en voelt zich gesteund. Volgende stap is de voorbereiding van het gesprek thuis.',
    'Beller twijfelt of de zorgen terecht zijn. Samen de zorgen concreet gemaakt en besproken welke signalen zij heeft gezien. Zij wil er een week over nadenken.',
    'Chat kort na middernacht, beller was onrustig en schaamde zich. Gesproken over wat hem nu helpt en afgesproken dat hij morgen overdag opnieuw contact zoekt.',
    'Het gesprek met de naaste heeft plaatsgevonden. Hij reageerde eerst boos en later opgelucht. Besproken hoe de beller nu voor zichzelf kan zorgen.',
    'Beller heeft beelden bekeken en wil stoppen. Uitgelegd welke hulp er is via de Waag en de huisarts, en wat hij vandaag al kan doen.',
    'Vragen over het veiligheidsplan doorgenomen: wie let waarop, welke situaties worden vermeden en wanneer evalueren we samen.',
    'Beller belt terug na de vorige afspraak. Het gaat wisselend. De afspraken uit het plan worden grotendeels nagekomen; een afspraak wordt aangepast.',
    'Korte mail met de vraag hoe je een gesprek begint. Voorbeeldzinnen uit stap 2 gestuurd en aangeboden om telefonisch verder te praten.',
    'Beller hing halverwege op toen het over de kinderen in de familie ging. Geen verdere acties mogelijk; de deur blijft open.',
    'Afsluitend gesprek. Beller voelt zich voorbereid en weet waar hij terecht kan als de zorgen terugkomen. Dossier kan worden gesloten.',
  ],
  progressNote: [
    'Beller wil dit eerst met een vriendin bespreken.',
    'Voorbeeldzinnen samen hardop geoefend.',
    'Rustig moment gekozen: zondagmiddag, als de kinderen weg zijn.',
  ],
  closeReason: [
    'Hulpvraag beantwoord, beller weet waar hij terecht kan.',
    'Beller is doorverwezen en heeft de eerste afspraak gemaakt.',
    'Geen contact meer na herhaalde afspraak; dossier gesloten.',
    'Gesprek gevoerd en veiligheidsplan geëvalueerd; afgesloten in overleg.',
  ],
  riskReason: [
    'Beller noemt dat hij alleen is met jonge kinderen in huis; direct besproken wat nu nodig is.',
    'Beller uitte sombere gedachten over zichzelf; veiligheid besproken en nazorg afgesproken.',
    'Beller is bang voor de reactie van de partner als die het ontdekt.',
  ],
  clearReason: [
    'Situatie besproken in het vervolggesprek; het risico is niet meer actueel.',
    'Veiligheidsafspraken gemaakt en nagekomen volgens de beller.',
  ],
  handoverNote: [
    'Overdracht wegens roosterwijziging. Beller is bij stap 3; volgende keer de vragen over verwachtingen bespreken.',
    'Graag verder met het veiligheidsplan; de beller reageert goed op een rustige, directe aanpak.',
    'Overdracht na vakantie. Afspraak staat, beller weet dat een collega belt.',
  ],
  agreementWhat: [
    'Nooit alleen oppassen op kinderen in de familie.',
    'Bij onrust eerst iemand bellen voordat hij achter de computer gaat zitten.',
    'Wekelijks kort evalueren met de vertrouwenspersoon hoe het gaat.',
    'Contact opnemen met de huisarts voor een doorverwijzing.',
    'Laptop blijft in de woonkamer en wordt niet mee naar boven genomen.',
    'Situaties met kinderen uit de buurt worden vermeden.',
  ],
  agreementHowChecked: [
    'Partner vraagt er elke week naar.',
    'Bespreken in het volgende gesprek met de hulplijn.',
    'Vertrouwenspersoon let erop tijdens familiebezoek.',
  ],
  agreementResultNote: ['Goed nagekomen volgens beide volwassenen.', 'Lukte niet altijd in het weekend; afspraak aangescherpt.'],
  cancelReason: ['Beller heeft zelf afgezegd via de chat.', 'Ziekte van de hulpverlener; nieuwe afspraak aangeboden.'],
};
