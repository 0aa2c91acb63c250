import type { PiiCategory } from '../categories';
import { CAPITALISED_WORDS } from '../lexicon/capitalised-words';
import {
  isAmbiguousName,
  isGivenName,
  isListedWord,
  isSurname,
  isWord,
  isWordOrCompound,
  matchPhrase,
  startsPhrase,
} from '../lexicon/lexicon';
import {
  INSTITUTION_HEADS,
  INSTITUTION_SUFFIXES,
} from '../lexicon/organisations';
import type { Token } from '../text/tokens';
import type { Candidate, Span } from './types';

/** Words that announce a person's name right after them. */
const PERSON_CUES: ReadonlySet<string> = new Set(
  `zoon zoontje dochter dochtertje broer broertje zus zusje zuster vader moeder papa mama pa ma opa oma
  oom tante neef neefje nicht nichtje kleinzoon kleindochter kleinkind stiefvader stiefmoeder stiefzoon
  stiefdochter stiefbroer stiefzus halfbroer halfzus schoonvader schoonmoeder schoonzoon schoondochter
  zwager schoonzus partner man vrouw echtgenoot echtgenote vriend vriendin vriendje vriendinnetje ex
  ex-partner ex-man ex-vrouw buurman buurvrouw buurjongen buurmeisje overbuurman overbuurvrouw collega
  baas leidinggevende leraar lerares docent juf meester trainer coach leider begeleider oppas leerling
  pleegzoon pleegdochter pleegkind pleegvader pleegmoeder kind jongen meisje dader neven nichten
  meneer mevrouw mevr mw dhr heer mr mrs ms miss mister madam sir dr prof pastoor dominee imam pater
  broeder heet heette genaamd genoemd noemt naam roepnaam voornaam achternaam bijnaam alias
  son daughter brother sister father mother dad mum mom stepfather stepmother stepson stepdaughter
  stepbrother stepsister uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother
  grandpa grandma husband wife boyfriend girlfriend friend neighbour neighbor colleague boss teacher
  babysitter pupil named called name surname aka`.split(/\s+/),
);

/** Of the cues, those that name rather than describe: a lower-case word after them is a name too. */
const NAMING_CUES: ReadonlySet<string> = new Set(
  'heet heette genaamd genoemd naam roepnaam voornaam bijnaam alias named called name aka'.split(
    ' ',
  ),
);

const TUSSENVOEGSELS: ReadonlySet<string> = new Set(
  "van de der den 't ter ten te in op vd la le du da di del della von zu el al bin ibn".split(
    ' ',
  ),
);

/** Tussenvoegsels that can open a surname written without a given name ("van Dijk", "De Vries"). */
const SURNAME_OPENERS: ReadonlySet<string> = new Set(
  "van de der den ter ten 't het von du da di le la el al".split(' '),
);

/** Small words inside the name of an institution: "Universiteit van Amsterdam", "Raad voor …". */
const RUN_CONNECTORS: ReadonlySet<string> = new Set(
  "van de der den het 't ter ten voor en".split(' '),
);

const PLACE_CUES: ReadonlySet<string> = new Set(
  'in te uit nabij naar rond richting omgeving regio buurt woonplaats dorp stad near from town village city'.split(
    ' ',
  ),
);

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
const NEAR_CUES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const words = (list: string): ReadonlySet<string> =>
    new Set(list.split(/\s+/).filter((w) => w !== ''));
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
const SCHOOL_LEVELS: ReadonlySet<string> = new Set(
  'havo vwo vmbo mavo mbo hbo wo vo po pro vso so sbo atheneum gymnasium lyceum basisschool middelbare brugklas bso kdv ikc roc peuterspeelzaal kinderopvang opvang creche crèche'.split(
    ' ',
  ),
);

/** Words before an institution noun that open an apposition: "de school, Het Nova College". */
const APPOSITION_DETERMINERS: ReadonlySet<string> = new Set(
  'de het zijn haar hun onze diens the his her their its our'.split(' '),
);

/** How many words may stand between a near cue and its preposition. */
const NEAR_CUE_WINDOW = 5;

const CUES_BY_LAST_WORD: ReadonlyMap<
  string,
  ReadonlyArray<readonly string[]>
> = (() => {
  const map = new Map<string, Array<readonly string[]>>();
  for (const cue of EMPLOYER_CUES) {
    const last = cue[cue.length - 1];
    map.set(last, [...(map.get(last) ?? []), cue]);
  }
  return map;
})();

const MAX_CHAIN = 8;
const MAX_INSTITUTION_WORDS = 12;

const DETERMINERS: ReadonlySet<string> = new Set(
  'een het deze dit die dat elk elke a an the this that every'.split(' '),
);

/** Verbs that follow the subject of a sentence in a note: "Thijmen is 12", "Thijmen woont bij…". */
const SUBJECT_VERBS: ReadonlySet<string> = new Set(
  `is was heeft had belt belde zegt zei woont woonde werkt werkte zit zat gaat ging komt kwam wil wilde kan kon
  moet mag zou vertelt vertelde vindt vond doet deed speelt speelde krijgt kreeg heet logeert slaapt past chat
  stuurt stuurde en lives lived has works worked goes went said says called calls told wants plays sent texted stays`.split(
    /\s+/,
  ),
);

const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'sint']);

const CLUB_INITIALS =
  /^(?:[A-Z]{0,3}VV?|FC|AFC|SC|HC|MHC|HV|KV|ZV|RKSV|RKVV|VC|TC|HSV)$/u;

const ARTICLES: ReadonlySet<string> = new Set(['de', 'het', "'t", 'the']);

const AGE_AFTER =
  /^\s?\((?:\d{1,2}|\d{1,2}\s?(?:jaar|jr|j|years?|yrs?))\)|^,\s\d{1,2}(?:\s?jaar|,)/iu;

/** Compound institution names that are a kind of school rather than one school. */
const GENERIC_INSTITUTION_PREFIXES =
  /^(?:basis|middelbare|montessori|dalton|jenaplan|vrije|speciale|openbare|christelijke|islamitische|katholieke|zomer|muziek|dans|rij|sport|auto|vak|beroeps|kunst|toneel|zondags|zwem|hoge|lagere|nacht|avond|taal|kook|brug|voortgezet|praktijk|huisarts|tandarts|kinder|jeugd|dag|internaat|ziekenhuis|high|primary|secondary|grammar|boarding|sunday)/u;

const POST_HEADS: ReadonlySet<string> = new Set(
  'ziekenhuis ziekenhuizen college lyceum gymnasium school academie kliniek universiteit hogeschool mc umc kerk moskee sg csg osg rsg clinic hospital academy university church mosque care ltd limited inc services group foundation trust centre center practice b.v bv nv vof gmbh plc llc club home nursery primary logistiek logistics techniek scouts'.split(
    ' ',
  ),
);

/** Titles that open the name of a school: "Dr. Schaepmanschool", "Mgr. Bekkersschool". */
const SCHOOL_TITLES: ReadonlySet<string> = new Set(
  'dr mgr ds st sint pater koningin prins prinses'.split(' '),
);

/** Legal forms as tokens: "B.V.", "N.V.", "V.O.F.", "BV", "Ltd", "& Zn", "& Zonen", "& Co". */
const LEGAL_FORMS: ReadonlyArray<readonly string[]> = [
  ['b', 'v'],
  ['n', 'v'],
  ['v', 'o', 'f'],
];
const LEGAL_WORDS: ReadonlySet<string> = new Set(
  'bv nv vof ltd inc gmbh plc llc'.split(' '),
);
const AMPERSAND_TAILS: ReadonlySet<string> = new Set(
  'zn zonen co partners dochters sons'.split(' '),
);

type Label = 'none' | 'neutral' | PiiCategory;

export interface LexicalResult {
  findings: Candidate[];
  /** Spans of named organisations, platforms and regions: allowed as they are. */
  neutral: Span[];
}

/**
 * Names of people, institutions and places, from the word tokens: known
 * phrases first (organisations the guide names, institutions, places), then
 * institution patterns, then chains of capitalised words.
 */
export function findLexical(
  text: string,
  tokens: readonly Token[],
  claimed: Uint8Array,
  addressEnds: ReadonlySet<number> = new Set(),
): LexicalResult {
  const labels: Label[] = tokens.map((token) =>
    isClaimedToken(claimed, token) ? 'neutral' : 'none',
  );
  const free = (i: number): boolean =>
    i >= 0 && i < tokens.length && labels[i] === 'none';
  const gap = (i: number): string =>
    i > 0 ? text.slice(tokens[i - 1].end, tokens[i].start) : '';
  const adjacent = (i: number): boolean =>
    i > 0 &&
    i < tokens.length &&
    (tokens[i].spaceBefore ||
      // "St. Mary's", "Dr. Lelylaan": an abbreviated title belongs to the name after it.
      (tokens[i - 1].dotAfter &&
        TITLE_ABBREVIATIONS.has(tokens[i - 1].lower) &&
        /^\. ?$/.test(gap(i))) ||
      // "St. Thomas' Hospital": a possessive apostrophe.
      (tokens[i].cap && /^['’] $/.test(gap(i))));
  const findings: Candidate[] = [];
  const neutral: Span[] = [];

  // The finding each token belongs to, so a wider finding can replace the ones it swallows ("VV Katwijk").
  const findingOf: Array<Candidate | undefined> = new Array<
    Candidate | undefined
  >(tokens.length);
  const removed = new Set<Candidate>();
  const emit = (from: number, to: number, category: PiiCategory): void => {
    let start = tokens[from].start;
    if (
      start > 0 &&
      (text[start - 1] === "'" || text[start - 1] === '’') &&
      tokens[from].lower.startsWith('s-')
    )
      start--;
    const finding: Candidate = { start, end: tokens[to].end, category };
    for (let k = from; k <= to; k++) {
      const previous = findingOf[k];
      if (previous !== undefined) removed.add(previous);
      findingOf[k] = finding;
      labels[k] = category;
    }
    findings.push(finding);
  };
  const freeOrPlace = (i: number): boolean =>
    free(i) || (i >= 0 && i < tokens.length && labels[i] === 'place');
  // Part of a name being assembled: unclaimed, or a place or institution found on its own ("Isala" + "ziekenhuis").
  const namedPart = (i: number): boolean =>
    freeOrPlace(i) ||
    (i >= 0 && i < tokens.length && labels[i] === 'institution');

  // "werkt bij (de) X", "zit op X", "works at X", "werkgever: X".
  const employerCueBefore = (i: number): boolean => {
    let k = i - 1;
    if (k >= 0 && ARTICLES.has(tokens[k].lower)) k--;
    if (k < 0) return false;
    const cues = CUES_BY_LAST_WORD.get(tokens[k].lower);
    if (cues === undefined) return false;
    return cues.some((cue) =>
      cue.every((word, w) => tokens[k - (cue.length - 1) + w]?.lower === word),
    );
  };

  // "werkt sinds maart bij X", "zit op judo bij X", "is in Year 9 at X": a cue a few words before the preposition.
  const nearCueBefore = (i: number): boolean => {
    let p = i - 1;
    if (p >= 0 && ARTICLES.has(tokens[p].lower)) p--;
    if (p < 1) return false;
    const cues = NEAR_CUES.get(tokens[p].lower);
    if (cues === undefined) return false;
    for (let k = p - 1; k >= 0 && k >= p - 1 - NEAR_CUE_WINDOW; k--) {
      // Another sentence or clause: the cue does not reach.
      if (tokens[k + 1].sentenceStart || !/^ {1,2}$/.test(gap(k + 1)))
        return false;
      const word = tokens[k].lower;
      if (cues.has(word)) return true;
      // "de directeur van X", "het schoolplein van X": an institution noun before "van".
      if (
        (p === i - 1 || p === i - 2) &&
        (tokens[p].lower === 'van' || tokens[p].lower === 'of') &&
        (INSTITUTION_HEADS.has(word) ||
          word.startsWith('school') ||
          word.endsWith('school'))
      )
        return true;
    }
    return false;
  };

  // "De Vries", "Van der Berg", "Kees Vermeer": capitalised words that look like a person.
  const looksLikePerson = (from: number, to: number): boolean => {
    for (let k = from; k <= to; k++)
      if (isGivenName(tokens[k].lower)) return true;
    if (to === from) return isSurname(tokens[from].lower);
    if (!SURNAME_OPENERS.has(tokens[from].lower) || to - from > 3) return false;
    // "De Vries", "Van Wijk" are people; "De Klimop", "Het Baken" are not.
    let h = from;
    while (h < to && SURNAME_OPENERS.has(tokens[h].lower)) h++;
    return (
      tokens[from].lower === 'van' ||
      isSurname(tokens[h].lower) ||
      !isWordOrCompound(tokens[h].lower)
    );
  };

  // An institution noun: "school", "kinderdagverblijf", "care home", "Bouwbedrijf".
  const isInstitutionNoun = (k: number): boolean => {
    const word = tokens[k].lower;
    return (
      INSTITUTION_HEADS.has(word) ||
      POST_HEADS.has(word) ||
      isInstitutionLike(word) ||
      (word.length > 7 && COMPANY_SUFFIX.test(word))
    );
  };

  // Last index of a legal form starting at token i ("B.V.", "BV", "Ltd", "& Zn"), or -1.
  const legalFormEnd = (i: number): number => {
    if (i <= 0 || i >= tokens.length || !free(i)) return -1;
    const t = tokens[i];
    if (!t.cap) return -1;
    if (/^ ?& ?$/.test(gap(i))) return AMPERSAND_TAILS.has(t.lower) ? i : -1;
    if (!t.spaceBefore) return -1;
    if (LEGAL_WORDS.has(t.lower)) return i;
    for (const form of LEGAL_FORMS) {
      const last = i + form.length - 1;
      if (last >= tokens.length) continue;
      let matches = true;
      for (let w = 0; w < form.length && matches; w++) {
        const k = i + w;
        matches =
          free(k) &&
          tokens[k].lower === form[w] &&
          tokens[k].text.length === 1 &&
          (k === last ? true : tokens[k].dotAfter && gap(k + 1) === '.');
      }
      if (matches) return last;
    }
    return -1;
  };

  const personCueBefore = (i: number): 'naming' | 'describing' | undefined => {
    const previous = i - 1;
    if (previous < 0) return undefined;
    const word = tokens[previous].lower;
    const naming = word === 'naam' || word === 'name';
    if (!naming && !PERSON_CUES.has(word)) return undefined;
    const g = gap(i);
    if (!/^(?:\.?\s{1,2}|,\s|\s?\(|:\s?|\s?is\s|\s(?:was|is)\s)$/u.test(g))
      return undefined;
    if (g.includes('is') || g.includes('was'))
      return naming ? 'naming' : undefined;
    return NAMING_CUES.has(word) ? 'naming' : 'describing';
  };

  const lowerAtPhrase =
    (from: number) =>
    (i: number): string | undefined => {
      if (i !== from && !/^(?:\s{1,2}|\.\s?|-\s?|\/|\s&\s)$/.test(gap(i)))
        return undefined;
      return labels[i] === 'none' ? tokens[i].lower : undefined;
    };

  // 1. Known phrases: organisations (allowed), institutions, places.
  for (let i = 0; i < tokens.length; i++) {
    if (!free(i) || !startsPhrase(tokens[i].lower)) continue;
    const match = matchPhrase(i, tokens.length, lowerAtPhrase(i));
    if (match === undefined) continue;
    const last = i + match.length - 1;
    const first = tokens[i];
    const lastToken = tokens[last];
    if (match.kind === 'neutral') {
      if (
        !first.cap &&
        !first.allCaps &&
        isWord(first.lower) &&
        match.length === 1 &&
        !/^(?:politie|huisarts|jeugdzorg|wijkagent|internet)$/.test(first.lower)
      ) {
        continue;
      }
      neutral.push({ start: first.start, end: lastToken.end });
      for (let k = i; k <= last; k++) labels[k] = 'neutral';
      i = last;
      continue;
    }
    const wordLike = match.length === 1 && isWord(first.lower);
    if (!first.cap && !first.allCaps) {
      // Lower case: only places that are no ordinary word ("woont in zwolle").
      if (
        match.kind !== 'place' ||
        isListedWord(lastToken.lower) ||
        lastToken.lower.length < 4
      )
        continue;
    } else if (first.sentenceStart && wordLike) {
      continue; // "Best", "Buren", "Action" opening a sentence are words.
    }
    if (
      match.kind === 'place' &&
      personCueBefore(i) !== undefined &&
      isGivenName(first.lower)
    )
      continue;
    // "VV Katwijk", "Gemeente Hellendoorn", "werkt bij de gemeente Utrecht": the place names an institution.
    const head =
      i > 0 && adjacent(i) && namedPart(i - 1) ? tokens[i - 1] : undefined;
    if (
      match.kind === 'place' &&
      head !== undefined &&
      (INSTITUTION_HEADS.has(head.lower) ||
        POST_HEADS.has(head.lower) ||
        labels[i - 1] === 'institution') &&
      (head.cap ||
        head.allCaps ||
        head.lower !== 'gemeente' ||
        employerCueBefore(i - 1))
    ) {
      let from = i - 1;
      while (
        from > 0 &&
        adjacent(from) &&
        namedPart(from - 1) &&
        tokens[from - 1].cap &&
        !(
          tokens[from - 1].sentenceStart &&
          isWord(tokens[from - 1].lower) &&
          !CAPITALISED_WORDS.has(tokens[from - 1].lower)
        )
      ) {
        from--;
      }
      emit(from, last, 'institution');
      i = last;
      continue;
    }
    emit(i, last, match.kind);
    i = last;
  }

  // 2. Institution patterns.
  const capitalisedRun = (from: number): number => {
    // Index of the last token of a run of capitalised words starting at `from`, or -1.
    let last = -1;
    let k = from;
    for (;;) {
      // The name of an institution has a handful of words; stop long runs of capitals early.
      if (k - from >= MAX_INSTITUTION_WORDS) break;
      // "Glans B.V.", "Meijer & Zn": a legal form closes the name.
      if (last >= 0) {
        const form = legalFormEnd(k);
        if (form >= 0) return form;
      }
      if (!(namedPart(k) && (k === from || adjacent(k)))) break;
      const token = tokens[k];
      if (token.cap || token.allCaps) {
        last = k;
        k++;
      } else if (
        last >= 0 &&
        RUN_CONNECTORS.has(token.lower) &&
        free(k + 1) &&
        adjacent(k + 1)
      ) {
        k++;
      } else {
        break;
      }
    }
    return last;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!free(i)) continue;

    // "Van Wijk B.V.", "Meijer & Zonen", "Greenfield Ltd": capitalised words before a legal form.
    const formEnd = legalFormEnd(i);
    if (formEnd >= 0) {
      let first = i;
      for (;;) {
        let p = first - 1;
        while (
          p > 0 &&
          adjacent(p + 1) &&
          free(p) &&
          RUN_CONNECTORS.has(tokens[p].lower) &&
          !tokens[p].cap
        )
          p--;
        const joined =
          adjacent(p + 1) || (p + 1 === i && /^ ?& ?$/.test(gap(i)));
        if (
          p < 0 ||
          !joined ||
          !namedPart(p) ||
          !(tokens[p].cap || tokens[p].allCaps) ||
          (tokens[p].sentenceStart &&
            isWord(tokens[p].lower) &&
            !CAPITALISED_WORDS.has(tokens[p].lower))
        )
          break;
        first = p;
        if (tokens[first].sentenceStart) break;
      }
      if (first < i) emit(first, formEnd, 'institution');
      // "een eigen B.V.": a legal form on its own is no name either.
      else for (let k = i; k <= formEnd; k++) labels[k] = 'neutral';
      i = formEnd;
      continue;
    }

    // "basisschool De Regenboog", "VV Zwolle", "stichting Het Anker".
    // "basisschool De Regenboog", "Isala ziekenhuis", "Christelijk Lyceum Zeist",
    // "Loodgietersbedrijf Vos": a kind of institution with a name before or after it.
    const companyHead =
      token.lower.length > 7 && COMPANY_SUFFIX.test(token.lower);
    if (
      (INSTITUTION_HEADS.has(token.lower) ||
        POST_HEADS.has(token.lower) ||
        companyHead) &&
      !PERSON_CUES.has(token.lower)
    ) {
      let first = i;
      for (;;) {
        // Step over "van der" inside a name: "Van der Capellen SG".
        let p = first - 1;
        while (
          p > 0 &&
          adjacent(p + 1) &&
          free(p) &&
          RUN_CONNECTORS.has(tokens[p].lower) &&
          !tokens[p].cap
        )
          p--;
        if (
          p < 0 ||
          !adjacent(p + 1) ||
          !namedPart(p) ||
          !(tokens[p].cap || tokens[p].allCaps) ||
          (tokens[p].sentenceStart &&
            isWord(tokens[p].lower) &&
            !CAPITALISED_WORDS.has(tokens[p].lower))
        ) {
          break;
        }
        first = p;
        if (tokens[first].sentenceStart) break;
      }
      let k = i + 1;
      if (
        free(k) &&
        (adjacent(k) || /^ ['’]$/.test(gap(k))) &&
        /^(?:de|het|'t|t)$/.test(tokens[k].lower) &&
        !tokens[k].cap
      )
        k++;
      // A given name after a head written as a name is part of it: "Scouting Jan van Hoof", "Bouwbedrijf Hendriks".
      const nameMayFollow =
        companyHead || ((token.cap || token.allCaps) && !token.sentenceStart);
      const last =
        freeOrPlace(k) &&
        adjacent(k) &&
        (nameMayFollow || !isGivenName(tokens[k].lower))
          ? capitalisedRun(k)
          : -1;
      const named = first < i || last >= 0;
      const headIsName = token.cap || token.allCaps || first < i;
      if (named && !(token.sentenceStart && !headIsName)) {
        const from = headIsName ? first : k;
        const to = last >= 0 ? last : i;
        if (
          to >= from &&
          (last >= 0 || POST_HEADS.has(token.lower) || companyHead)
        ) {
          emit(from, to, 'institution');
          i = to;
          continue;
        }
      }
    }

    // "VV Bennekom", "CVV Zwervers", "RKSV Nuenen": a club's initials and its name.
    if (
      token.allCaps &&
      CLUB_INITIALS.test(token.text) &&
      free(i + 1) &&
      adjacent(i + 1) &&
      tokens[i + 1].cap
    ) {
      const last = capitalisedRun(i + 1);
      if (last >= 0) {
        emit(i, last, 'institution');
        i = last;
        continue;
      }
    }

    // "het Gemeentehuis van Opsterland", "de Raad van State": a capitalised noun of a named body.
    if (
      token.cap &&
      !token.sentenceStart &&
      !PERSON_CUES.has(token.lower) &&
      !isGivenName(token.lower) &&
      !isSurname(token.lower) &&
      isWordOrCompound(token.lower) &&
      i + 2 < tokens.length &&
      adjacent(i + 1) &&
      (tokens[i + 1].lower === 'van' || tokens[i + 1].lower === 'voor') &&
      adjacent(i + 2) &&
      freeOrPlace(i + 2) &&
      tokens[i + 2].cap
    ) {
      const last = capitalisedRun(i + 2);
      if (last >= 0) {
        emit(i, last, 'institution');
        i = last;
        continue;
      }
    }

    // "de Regenboogschool", "het Rembrandtcollege".
    if (token.cap && !(token.sentenceStart && isWordOrCompound(token.lower))) {
      const suffix = INSTITUTION_SUFFIXES.find(
        (s) => token.lower.endsWith(s) && token.lower.length >= s.length + 3,
      );
      const article = i > 0 ? tokens[i - 1].lower : '';
      if (
        suffix !== undefined &&
        !GENERIC_INSTITUTION_PREFIXES.test(token.lower) &&
        article !== 'een' &&
        article !== 'a'
      ) {
        let last = i;
        while (
          last + 1 < tokens.length &&
          adjacent(last + 1) &&
          labels[last + 1] === 'place'
        )
          last++;
        // "Dr. Schaepmanschool", "Sint Jozefschool": a title opens the name.
        const titled =
          i > 0 &&
          free(i - 1) &&
          tokens[i - 1].cap &&
          SCHOOL_TITLES.has(tokens[i - 1].lower) &&
          /^\.? $/.test(gap(i));
        emit(titled ? i - 1 : i, last, 'institution');
        i = last;
        continue;
      }
    }

    // After "werkt bij", "zit op", "works at": the capitalised words are an employer or school.
    if ((token.cap || token.allCaps) && employerCueBefore(i)) {
      const last = capitalisedRun(i);
      if (
        last >= 0 &&
        !isGivenName(token.lower) &&
        !CAPITALISED_WORDS.has(token.lower) &&
        !(last === i && SCHOOL_LEVELS.has(token.lower))
      ) {
        emit(i, last, 'institution');
        i = last;
      }
      continue;
    }

    // "werkt sinds maart bij X", "zit op judo bij X": the same with words in between,
    // unless the words look like a person ("bij Oma", "bij Pieter", "bij Jansen").
    if (
      (token.cap || token.allCaps) &&
      !/\d/.test(token.text) &&
      !isGivenName(token.lower) &&
      !PERSON_CUES.has(token.lower) &&
      !CAPITALISED_WORDS.has(token.lower) &&
      nearCueBefore(i)
    ) {
      const last = capitalisedRun(i);
      if (
        last >= i &&
        !looksLikePerson(i, last) &&
        !(last === i && SCHOOL_LEVELS.has(token.lower))
      ) {
        emit(i, last, 'institution');
        i = last;
        continue;
      }
    }

    // "a school called Meadowbank", "een school genaamd De Vlinder": a naming word after an institution noun.
    if (
      (token.cap || token.allCaps) &&
      !token.sentenceStart &&
      i >= 2 &&
      adjacent(i) &&
      /^(?:called|named|genaamd|genoemd)$/.test(tokens[i - 1].lower) &&
      (isInstitutionNoun(i - 2) || (i >= 3 && isInstitutionNoun(i - 3)))
    ) {
      const last = capitalisedRun(i);
      if (last >= 0 && !looksLikePerson(i, last)) {
        emit(i, last, 'institution');
        i = last;
        continue;
      }
    }

    // "de school, Het Nova College,", "the nursery, Little Acorns,": an institution noun and its name in apposition.
    if (
      (token.cap || token.allCaps) &&
      i >= 2 &&
      /^[,:] ?$/.test(gap(i)) &&
      !tokens[i - 1].cap &&
      (INSTITUTION_HEADS.has(tokens[i - 1].lower) ||
        POST_HEADS.has(tokens[i - 1].lower)) &&
      APPOSITION_DETERMINERS.has(tokens[i - 2].lower)
    ) {
      const last = capitalisedRun(i);
      if (last >= 0 && !looksLikePerson(i, last)) {
        emit(i, last, 'institution');
        i = last;
        continue;
      }
    }

    // "de Kameleon, een school voor speciaal onderwijs", "Pelikaan, a haulage company": the name, then what it is.
    if (
      (token.cap || token.allCaps) &&
      !token.sentenceStart &&
      !(adjacent(i) && (tokens[i - 1].cap || tokens[i - 1].allCaps))
    ) {
      const last = capitalisedRun(i);
      const article = last + 1;
      if (
        last >= 0 &&
        article < tokens.length &&
        gap(article) === ', ' &&
        /^(?:een|a|an)$/.test(tokens[article].lower) &&
        !looksLikePerson(i, last)
      ) {
        let noun = -1;
        for (let k = article + 1; k <= article + 3 && k < tokens.length; k++) {
          if (!/^ {1,2}$/.test(gap(k))) break;
          if (
            isInstitutionNoun(k) ||
            /(?:company|firm|business|shop|store|zaak|bedrijf|bedrijfje|winkel)$/.test(
              tokens[k].lower,
            )
          ) {
            noun = k;
            break;
          }
        }
        if (noun >= 0) {
          emit(i, last, 'institution');
          i = last;
          continue;
        }
      }
    }
  }

  // 3. Chains of capitalised words: names of people, or places after a place cue.
  const personTexts = new Set<string>();
  const isInitial = (k: number): boolean =>
    tokens[k].text.length === 1 && tokens[k].cap && tokens[k].dotAfter;
  const chainLink = (k: number): boolean => {
    if (!free(k)) return false;
    const g = gap(k);
    if (/^ {1,2}$/.test(g)) return true;
    return k > 0 && isInitial(k - 1) && /^\. ?$/.test(g);
  };

  for (let i = 0; i < tokens.length; i++) {
    if (!free(i)) continue;
    const token = tokens[i];
    // "JO11", "U12": a word with digits is a team or a code, not a name.
    const startsChain =
      (token.cap && !hasDigit(token)) ||
      (SURNAME_OPENERS.has(token.lower) && opensSurname(i));
    if (!startsChain) {
      lowerCaseAfterCue(i);
      continue;
    }
    // Collect the chain.
    let last = i;
    let k = i + 1;
    // A name has a handful of words; a longer run of capitals is a title or noise.
    while (k < tokens.length && k - i < MAX_CHAIN && chainLink(k)) {
      const t = tokens[k];
      if (t.cap && !CAPITALISED_WORDS.has(t.lower)) {
        last = k;
        k++;
      } else if (
        TUSSENVOEGSELS.has(t.lower) &&
        k + 1 < tokens.length &&
        chainLink(k + 1)
      ) {
        k++;
      } else {
        break;
      }
    }
    classifyChain(i, last);
    i = last;
  }

  // "van Dijk", "van den Berg", "de la Cruz": tussenvoegsels, then a capitalised name.
  function opensSurname(i: number): boolean {
    let k = i + 1;
    while (
      k < tokens.length &&
      k - i <= 2 &&
      free(k) &&
      adjacent(k) &&
      TUSSENVOEGSELS.has(tokens[k].lower) &&
      !tokens[k].cap
    )
      k++;
    return (
      k < tokens.length &&
      free(k) &&
      adjacent(k) &&
      tokens[k].cap &&
      !hasDigit(tokens[k])
    );
  }

  function lowerCaseAfterCue(i: number): void {
    const token = tokens[i];
    if (token.isNumber || token.cap || token.text.length < 2) return;
    const cue = personCueBefore(i);
    if (cue === undefined) return;
    const name = isGivenName(token.lower) && !isWord(token.lower);
    const named =
      cue === 'naming' && !isWord(token.lower) && /^\p{L}+$/u.test(token.text);
    if (name || named) {
      emit(i, i, 'person_name');
      personTexts.add(token.lower);
    }
  }

  function classifyChain(from: number, to: number): void {
    let a = from;
    let cue = personCueBefore(a);
    // Drop leading words that are not part of the name: "Gisteren Pieter",
    // "Buurman Henk", "Meneer De Vries", "Zoon Daan".
    while (a <= to) {
      const t = tokens[a];
      const lower = t.lower;
      if (PERSON_CUES.has(lower) && a < to && !isGivenName(lower)) {
        cue = NAMING_CUES.has(lower) ? 'naming' : 'describing';
        a++;
        continue;
      }
      if (
        CAPITALISED_WORDS.has(lower) ||
        (t.sentenceStart &&
          a < to &&
          isWord(lower) &&
          !isGivenName(lower) &&
          !isSurname(lower) &&
          !TUSSENVOEGSELS.has(lower))
      ) {
        a++;
        cue = a <= to ? (personCueBefore(a) ?? cue) : cue;
        continue;
      }
      break;
    }
    if (a > to) return;
    // Drop trailing tussenvoegsels.
    let b = to;
    while (b > a && !tokens[b].cap) b--;

    const first = tokens[a];
    const length = b - a + 1;
    const words = tokens.slice(a, b + 1);
    const startsSentence = first.sentenceStart && a === from;
    const hasInitial =
      words.some((t, k) => isInitial(a + k)) && tokens[b].text.length > 1;
    const hasTussenvoegsel = words.some(
      (t) => !t.cap && TUSSENVOEGSELS.has(t.lower),
    );
    const firstIsTussenvoegsel =
      SURNAME_OPENERS.has(first.lower) || TUSSENVOEGSELS.has(first.lower);
    const givenFirst =
      isGivenName(first.lower) &&
      !(startsSentence && isAmbiguousName(first.lower) && length === 1);
    const anySurname = words.some((t) => isSurname(t.lower));
    const placeCue =
      a > 0 && adjacent(a) && PLACE_CUES.has(tokens[a - 1].lower);
    const ageAfter = AGE_AFTER.test(
      text.slice(tokens[b].end, tokens[b].end + 12),
    );

    const person = (): void => {
      emit(a, b, 'person_name');
      for (const t of words)
        if (t.cap && !TUSSENVOEGSELS.has(t.lower)) personTexts.add(t.lower);
    };

    if (
      first.allCaps &&
      length === 1 &&
      !isGivenName(first.lower) &&
      !isSurname(first.lower)
    )
      return;
    if (length === 1 && isCompoundNoun(first)) return;
    // "Stiefvader is eigenaar…": a kinship word or title on its own names nobody.
    if (
      length === 1 &&
      PERSON_CUES.has(first.lower) &&
      !isGivenName(first.lower)
    )
      return;
    if (cue !== undefined) return person();
    if (hasInitial) return person();
    if (firstIsTussenvoegsel) {
      if (length === 1) return;
      const head = tokens[a + 1];
      if (head.allCaps || isCompoundNoun(head)) return;
      if (first.lower === 'het' || first.lower === "'t")
        return emit(first.cap ? a : a + 1, b, 'institution');
      if (
        first.lower === 'van' ||
        isSurname(head.lower) ||
        !isWordOrCompound(head.lower)
      ) {
        // "van Dijk", "De Vries"; a sentence-initial "De" + word is just an article.
        if (
          startsSentence &&
          first.lower !== 'van' &&
          isWord(head.lower) &&
          !isSurname(head.lower)
        )
          return;
        return person();
      }
      if (first.cap && !startsSentence) return emit(a, b, 'institution'); // "De Regenboog"
      return;
    }
    if (givenFirst) return person();
    if (hasTussenvoegsel && length >= 3) return person();
    if (anySurname && length >= 2) return person();
    if (isStreetLike(first.lower) || isInstitutionLike(first.lower)) return;
    // "een Zomerkamp", "the Internet": an article makes a capitalised noun a thing, not a person.
    if (
      length === 1 &&
      a > 0 &&
      DETERMINERS.has(tokens[a - 1].lower) &&
      isWordOrCompound(first.lower)
    )
      return;
    const afterAddress = addressEnds.has(tokens[a].start);
    if (
      (placeCue || afterAddress) &&
      !isGivenName(first.lower) &&
      !isSurname(first.lower)
    ) {
      if (!startsSentence && !words.every((t) => isListedWord(t.lower)))
        return emit(a, b, 'place');
      return;
    }
    if (startsSentence) {
      if (isGivenName(first.lower) && (length > 1 || ageAfter)) return person();
      // "Thijmen is 12.": an unknown word that is the subject of the sentence.
      const next = tokens[b + 1];
      if (
        length === 1 &&
        first.text.length >= 3 &&
        !first.allCaps &&
        next !== undefined &&
        next.spaceBefore &&
        SUBJECT_VERBS.has(next.lower) &&
        !isWordOrCompound(first.lower)
      ) {
        return person();
      }
      if (
        length === 1 &&
        ((isSurname(first.lower) && !isWord(first.lower)) ||
          (ageAfter && !isWord(first.lower)))
      ) {
        return person();
      }
      if (length > 1 && words.slice(1).some((t) => !isWord(t.lower)))
        return person();
      return;
    }
    if (words.every((t) => isWord(t.lower) || !t.cap)) {
      if (anySurname || isGivenName(first.lower)) return person();
      return;
    }
    return person();
  }

  // 4. The same name again at the start of a sentence: "Daan is 14. Daan woont…".
  for (let i = 0; i < tokens.length; i++) {
    if (free(i) && tokens[i].cap && personTexts.has(tokens[i].lower))
      emit(i, i, 'person_name');
  }

  return {
    findings:
      removed.size === 0 ? findings : findings.filter((f) => !removed.has(f)),
    neutral,
  };
}

function hasDigit(token: Token): boolean {
  return /\d/.test(token.text);
}

/** "Instagram-account", "VOG-aanvraag": a hyphenated compound ending in an ordinary noun. */
function isCompoundNoun(token: Token): boolean {
  const parts = token.lower.split('-');
  if (parts.length < 2) return false;
  const tail = parts[parts.length - 1];
  const head = parts[0];
  // The head is a brand or an acronym ("Instagram", "VOG"), not a word: "Nieuw-Lekkerland" is a place.
  const headText = token.text.split('-')[0];
  const headIsName = !isWord(head) || headText === headText.toUpperCase();
  return (
    tail.length >= 3 &&
    isWordOrCompound(tail) &&
    headIsName &&
    !isGivenName(head) &&
    !isSurname(head)
  );
}

/** Compounds that name a business: "Loodgietersbedrijf Vos", "Feestfabriek Noord". */
const COMPANY_SUFFIX =
  /(?:bedrijf|fabriek|praktijk|winkel|kwekerij|bakkerij|slagerij|zaak|centrum|bureau|dienst|vereniging|club|kantoor|techniek|opvang)$/u;

function isClaimedToken(claimed: Uint8Array, token: Token): boolean {
  for (let k = token.start; k < token.end; k++)
    if (claimed[k] === 1) return true;
  return false;
}

const STREET_LIKE =
  /(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|boulevard|allee|plantsoen)$/;

function isStreetLike(lower: string): boolean {
  return STREET_LIKE.test(lower) && lower.length > 6;
}

function isInstitutionLike(lower: string): boolean {
  return INSTITUTION_SUFFIXES.some(
    (suffix) => lower.endsWith(suffix) && lower.length > suffix.length + 2,
  );
}
