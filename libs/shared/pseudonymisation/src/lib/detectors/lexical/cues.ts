/** Word lists and patterns of the lexical detector: the cues that turn capitalised words into names. */

/** Words that announce a person's name right after them. */
export const PERSON_CUES: ReadonlySet<string> = new Set(
  `zoon zoontje dochter dochtertje broer broertje zus zusje zuster vader moeder papa mama pa ma opa oma
  oom tante neef neefje nicht nichtje kleinzoon kleindochter kleinkind stiefvader stiefmoeder stiefzoon
  stiefdochter stiefbroer stiefzus halfbroer halfzus schoonvader schoonmoeder schoonzoon schoondochter
  zwager schoonzus partner man vrouw echtgenoot echtgenote vriend vriendin vriendje vriendinnetje ex
  ex-partner ex-man ex-vrouw buurman buurvrouw buurjongen buurmeisje overbuurman overbuurvrouw collega
  baas leidinggevende leraar lerares docent juf meester trainer coach leider begeleider oppas leerling
  pleegzoon pleegdochter pleegkind pleegvader pleegmoeder kind jongen meisje dader neven nichten
  nonkel schoonbroer schoonzuster meter bompa bomma
  meneer mevrouw mevr mw dhr heer mr mrs ms miss mister madam sir dr prof pastoor dominee imam pater
  broeder heet heette genaamd genoemd noemt naam roepnaam voornaam achternaam bijnaam alias
  son daughter brother sister father mother dad mum mom stepfather stepmother stepson stepdaughter
  stepbrother stepsister uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother
  grandpa grandma husband wife boyfriend girlfriend friend neighbour neighbor colleague boss teacher
  babysitter pupil named called name surname aka`.split(/\s+/),
);

/** Of the cues, those that name rather than describe: a lower-case word after them is a name too. */
export const NAMING_CUES: ReadonlySet<string> = new Set(
  'heet heette genaamd genoemd naam roepnaam voornaam bijnaam alias named called name aka'.split(' '),
);

/** Abbreviated titles: a name may follow their full stop ("dhr. Jansen", "mevr. de Vries"). */
export const TITLE_CUES: ReadonlySet<string> = new Set('dhr mevr mw mr mrs ms dr drs prof ir ing mej hr st'.split(' '));

/** Words after which a quoted word is what someone is called: 'noemt zich "Kiki"'. */
export const NICKNAME_CUES: ReadonlySet<string> = new Set(
  'heet heette noemt noemde noemen genoemd genaamd bijnaam roepnaam alias naam schuilnaam nickname call called calls named aka name'.split(
    ' ',
  ),
);
export const MAX_NICKNAME_WORDS = 3;

export const TUSSENVOEGSELS: ReadonlySet<string> = new Set(
  "van de der den 't ter ten te in op vd v.d. v.d v/d la le du da di del della von zu el al bin ibn".split(' '),
);

/** Tussenvoegsels that can open a surname written without a given name ("van Dijk", "De Vries"). */
export const SURNAME_OPENERS: ReadonlySet<string> = new Set(
  "van de der den ter ten 't het von du da di le la el al v.d. v.d v/d".split(' '),
);

/** Particles between a given name and a surname that can be a place ("van der Linden", "ter Horst"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set("van de der den 't ter ten von du da di le la v.d. v.d v/d".split(' '));

/** Small words inside the name of an institution: "Universiteit van Amsterdam", "Raad voor …". */
export const RUN_CONNECTORS: ReadonlySet<string> = new Set("van de der den het 't ter ten voor en".split(' '));

export const PLACE_CUES: ReadonlySet<string> = new Set(
  'in te uit nabij naar rond richting omgeving regio buurt woonplaats dorp stad near from town village city'.split(' '),
);

/**
 * A province written after a place to tell same-named places apart: "Bovenkerk (NH)",
 * "Beek (Gld)", "Nes (Ameland)" is not, "Kapelle (Z.)", "Sint-Martens-Bodegem (Vl.-B.)".
 * Sticky (tried at the end of the place only) and bounded, so it costs a few characters at most.
 */
export const PROVINCE_SUFFIX =
  / ?\((?:n\.?-?h|z\.?-?h|n\.?-?b|gld?|gr|gn|fr|frl|dr|ov|utr?|u|l|lb|lim|z|zl|zld|zee|fl|flev|ant|w\.?-?vl|o\.?-?vl|vl\.?-?b|lux|hen|nam|lg)\.?\)/iy;

/** Word sequences after which capitalised words name an employer, school or club. */
const EMPLOYER_CUES: ReadonlyArray<readonly string[]> = [
  ...[
    'werkt',
    'werkte',
    'werken',
    'werkzaam',
    'stage',
    'vrijwilliger',
    'vrijwilligerswerk',
    'baan',
    'dienst',
    'trainer',
    'coach',
    'speelt',
    'voetbalt',
    'sport',
    'lid',
    'leiding',
  ].flatMap((word) => [
    [word, 'bij'],
    [word, 'voor'],
  ]),
  ...[
    'zit',
    'zat',
    'leerling',
    'docent',
    'leraar',
    'lerares',
    'juf',
    'meester',
    'conciërge',
    'mentor',
    'werkt',
    'studeert',
    'student',
    'studente',
    'leerkracht',
    'stagiair',
  ].flatMap((word) => [
    [word, 'op'],
    [word, 'aan'],
  ]),
  ['werkgever', 'is'],
  ['werkgever'],
  ['lid', 'van'],
  ['member', 'of'],
  ['attends'],
  ['attended'],
  ['employer'],
  ...[
    'works',
    'worked',
    'working',
    'employed',
    'job',
    'volunteers',
    'volunteer',
    'teacher',
    'teaches',
    'student',
    'studies',
    'pupil',
    'coach',
    'plays',
  ].flatMap((word) => [
    [word, 'at'],
    [word, 'for'],
    [word, 'by'],
  ]),
];

/**
 * Words that, a few words before a preposition, make the capitalised words after
 * it an employer, school or club: "werkt sinds maart bij X", "werkt als
 * schoonmaker bij X", "zit op judo bij X", "is in dienst van X", "is in Year 9 at X".
 */
export const NEAR_CUES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((w) => w !== ''));
  const work = `werkt werkte werken gewerkt werkzaam werk werkplek is was wordt werd zit zat zitten baan bijbaan bijbaantje vakantiewerk stage stageplek stageplaats
    stage-adres ontslagen aangenomen solliciteert solliciteerde gesolliciteerd vrijwilliger vrijwilligster
    vrijwilligerswerk trainer trainster coach traint trainde speelt speelde voetbalt hockeyt korfbalt turnt
    zwemt voetbal hockey korfbal handbal volleybal basketbal tennis turnen zwemles zwemmen judo karate
    kickboksen boksen dansles dansen muziekles scouting training lid leiding begeleider begeleidster
    vrijwillig ingeschreven opgenomen behandeld behandeling chauffeur schoonmaker kok monteur
    medewerker medewerkster verpleegkundige verzorgende
    works worked working employed job volunteers volunteered volunteer coaches coached plays played
    trains trained member leader nurse cleaner driver manager caretaker receptionist worker assistant`;
  const school = `zit zat zitten leerling leerlinge scholier docent docente leraar lerares juf meester gymleraar
    gymlerares conciërge mentor mentrix werkt werkte studeert studeerde student studente leerkracht
    stagiair stagiaire ingeschreven brugklas klas examen eindexamen havo vwo vmbo mavo atheneum`;
  const of = `dienst leerling leerlinge scholier brugklas klas groep directeur directrice eigenaar eigenaresse
    bestuur bestuurslid voorzitter personeel medewerker medewerkster lid leiding collega collega's baas
    werkgever werkt werkte werk werken kassa bediening`;
  const by = `ontslagen aangenomen ingehuurd gedetacheerd employed hired dismissed sacked fired`;
  const english = `works worked working employed job volunteers volunteered volunteer coaches coached plays played
    trains trained member nurse cleaner driver manager caretaker receptionist worker assistant pupil
    student studies studying attends attended teacher teaches taught year`;
  const englishWith = `trains trained training plays played playing volunteers volunteered coaches coached`;
  const englishOf = `headteacher head headmaster headmistress principal director owner manager member pupil
    chair trustee governor`;
  return new Map([
    ['bij', words(work)],
    ['voor', words(work)],
    ['op', words(school)],
    ['aan', words(school)],
    ['van', words(of)],
    ['at', words(english)],
    ['for', words(english)],
    ['by', words(by)],
    ['door', words(by)],
    ['of', words(englishOf)],
    ['with', words(englishWith)],
  ]);
})();

/** Kinds and levels of school and childcare: "zit op de HAVO", "zat op het MBO", "op de BSO" name none. */
export const SCHOOL_LEVELS: ReadonlySet<string> = new Set(
  'havo vwo vmbo mavo mbo hbo wo vo po pro vso so sbo atheneum gymnasium lyceum basisschool middelbare brugklas bso kdv ikc roc peuterspeelzaal kinderopvang opvang creche crèche'.split(
    ' ',
  ),
);

/** Words before an institution noun that open an apposition: "de school, Het Nova College". */
export const APPOSITION_DETERMINERS: ReadonlySet<string> = new Set('de het zijn haar hun onze diens the his her their its our'.split(' '));

/** How many words may stand between a near cue and its preposition. */
export const NEAR_CUE_WINDOW = 5;

export const CUES_BY_LAST_WORD: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const map = new Map<string, Array<readonly string[]>>();
  for (const cue of EMPLOYER_CUES) {
    const last = cue[cue.length - 1];
    map.set(last, [...(map.get(last) ?? []), cue]);
  }
  return map;
})();

export const MAX_CHAIN = 8;
export const MAX_INSTITUTION_WORDS = 12;

export const DETERMINERS: ReadonlySet<string> = new Set('een het deze dit die dat elk elke a an the this that every'.split(' '));

/** Verbs that follow the subject of a sentence in a note: "Thijmen is 12", "Thijmen woont bij…". */
export const SUBJECT_VERBS: ReadonlySet<string> = new Set(
  `is was heeft had belt belde zegt zei woont woonde werkt werkte zit zat gaat ging komt kwam wil wilde kan kon
  moet mag zou vertelt vertelde vindt vond doet deed speelt speelde krijgt kreeg heet logeert slaapt past chat
  stuurt stuurde en lives lived has works worked goes went said says called calls told wants plays sent texted stays`.split(/\s+/),
);

export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'sint']);

export const CLUB_INITIALS = /^(?:[A-Z]{0,3}VV?|FC|AFC|SC|HC|MHC|HV|KV|ZV|RKSV|RKVV|VC|TC|HSV)$/u;

export const ARTICLES: ReadonlySet<string> = new Set(['de', 'het', "'t", 'the']);

/** "(12)", "(12 jaar)", ", 14,", and a date of birth in brackets: "(12-03-2011)", "(°3/4/2011)". */
export const AGE_AFTER =
  /\s?\((?:\d{1,2}|\d{1,2}\s?(?:jaar|jr|j|years?|yrs?)|(?:°|geb\.?\s?)?\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))\)|,\s\d{1,2}(?:\s?jaar|,)/iuy;

/** Compound institution names that are a kind of school rather than one school. */
export const GENERIC_INSTITUTION_PREFIXES =
  /^(?:basis|middelbare|montessori|dalton|jenaplan|vrije|speciale|openbare|christelijke|islamitische|katholieke|zomer|muziek|dans|rij|sport|auto|vak|beroeps|kunst|toneel|zondags|zwem|hoge|lagere|nacht|avond|taal|kook|brug|voortgezet|praktijk|huisarts|tandarts|kinder|jeugd|dag|internaat|ziekenhuis|high|primary|secondary|grammar|boarding|sunday)/u;

export const POST_HEADS: ReadonlySet<string> = new Set(
  'ziekenhuis ziekenhuizen college lyceum gymnasium school academie kliniek universiteit hogeschool mc umc kerk moskee sg csg osg rsg clinic hospital academy university church mosque care ltd limited inc services group foundation trust centre center practice b.v bv nv vof gmbh plc llc club home nursery primary logistiek logistics techniek scouts'.split(
    ' ',
  ),
);

/** Titles that open the name of a school: "Dr. Schaepmanschool", "Mgr. Bekkersschool". */
export const SCHOOL_TITLES: ReadonlySet<string> = new Set('dr mgr ds st sint pater koningin prins prinses'.split(' '));

/** Legal forms as tokens: "B.V.", "N.V.", "V.O.F.", "BV", "Ltd", "& Zn", "& Zonen", "& Co". */
export const LEGAL_FORMS: ReadonlyArray<readonly string[]> = [
  ['b', 'v'],
  ['n', 'v'],
  ['v', 'o', 'f'],
];
export const LEGAL_WORDS: ReadonlySet<string> = new Set('bv nv vof ltd inc gmbh plc llc'.split(' '));
export const AMPERSAND_TAILS: ReadonlySet<string> = new Set('zn zonen co partners dochters sons'.split(' '));

/**
 * Closed-class words (pronouns, prepositions, negations, auxiliaries, question
 * words): written with a capital in the middle of a line, they mark a heading or
 * list item in Title Case ("Stap 2: Ga Het Gesprek Aan", "Werkgever: Niet Op De
 * Hoogte"), not a name. Surname particles ("Van", "De", "Ter") are not among them.
 */
export const TITLE_CASE_WORDS: ReadonlySet<string> = new Set(
  `ik jij je hij zij ze wij we jullie hem mij me ons zich een niet geen wel nee ja ook nog maar en of als om
  te met over naar bij op aan uit voor via zonder tot door na onder tegen tussen sinds tijdens wat hoe waar wie
  waarom wanneer welke dit dat deze die er hier daar is zijn was waren wordt worden heeft hebben kan kunnen moet
  moeten mag wil willen zal weet niets iets alles zelf veel weinig erg heel samen elkaar nooit altijd soms weer
  you he she we they it an and or not no to with for on at from is are be`.split(/\s+/),
);
