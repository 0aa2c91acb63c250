import { isGivenName, isSurname, isWord, isWordOrCompound, matchPhrase } from '../lexicon/lexicon';
import type { Token } from '../text/tokens';
import type { Candidate } from './types';

/** Endings of Dutch street names ("Kerkstraat", "Molenweg", "Oudegracht"). */
const STREET_SUFFIXES = [
  'straat',
  'straatje',
  'laan',
  'laantje',
  'weg',
  'wegje',
  'plein',
  'pleintje',
  'gracht',
  'kade',
  'singel',
  'dijk',
  'steeg',
  'steegje',
  'pad',
  'hof',
  'hofje',
  'park',
  'dreef',
  'baan',
  'ring',
  'markt',
  'boulevard',
  'allee',
  'wal',
  'erf',
  'plantsoen',
  'haven',
  'burgwal',
  'vest',
  'zijde',
  'kwartier',
  'promenade',
  'passage',
  'dam',
  'berg',
  'veld',
  'wijk',
  'akker',
  'kamp',
  'horst',
  'hoek',
  'donk',
  'dries',
  'hage',
  'oever',
  'wetering',
  'vaart',
  'kanaal',
  'heuvel',
  'lei',
  'bolwerk',
  'werf',
  // Old and Frisian spelling: "Zeedyk".
  'dyk',
  // Endings of newer neighbourhoods and Flemish streets: "Ganzenweide", "Vinkenhoven", "Houtkaai".
  'weide',
  'hoeve',
  'hoven',
  'schans',
  'kaai',
  'kouter',
  'meent',
  'zoom',
  'gaarde',
  'heide',
  'rade',
  'stede',
  'brink',
  'poort',
  // Frisian: "Haadstrjitte", "Mounewei", "Tsjerkeleane"; Flemish "Kapelwegel".
  'strjitte',
  'wei',
  'leane',
  'wegel',
];

/**
 * Abbreviated endings as people type them in forms: "Kerkstr. 12", "Dorpsln 1",
 * "Molengr 4", "Oosthf 12", "Marktpln 3", "Stationspl. 3", "Molenwg 3", "Bosdr. 4" (dreef),
 * "Dorpsstg 2" (steeg), and Flemish "Brusselsestwg. 12" (steenweg). Only with a house number after them.
 */
const ABBREVIATED_SUFFIXES: ReadonlySet<string> = new Set(['str', 'ln', 'gr', 'hf', 'pln', 'pl', 'sngl', 'kd', 'wg', 'stwg', 'dr', 'stg']);

/** Street names that are a bare suffix word: "Dam 1", "Markt 12", "Brink 3". */
const BARE_STREETS: ReadonlySet<string> = new Set([
  'dam',
  'markt',
  'plein',
  'kade',
  'brink',
  'singel',
  'gracht',
  'wal',
  'vest',
  'laan',
  'dreef',
  'ring',
]);

/** Words that open a multi-word street name: "Burgemeester de Withstraat", "Lange Voorhout". */
const STREET_TITLES: ReadonlySet<string> = new Set(
  'burgemeester burg dokter dr professor prof prins prinses koningin koning graaf gravin sint st oude nieuwe lange korte hoge lage grote kleine noorder zuider ooster wester van de der den het jan pieter generaal kapitein admiraal president'.split(
    ' ',
  ),
);

const CONNECTORS: ReadonlySet<string> = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten']);

/** Street endings safe enough to flag a street without a number after "woont aan de". */
const CLEAR_STREET = /(?:straat|laan|weg|plein|gracht|kade|singel|steeg|dreef|boulevard|allee|plantsoen|promenade|passage)$/u;
/**
 * After a residence cue also these: "woont aan de IJsseldijk", "verhuisd naar het Vrijthof". Not after
 * a bare preposition, where they are as often something else ("op de Kerstmarkt", "bij het Gerechtshof", "op Wattpad").
 */
const STREET_AFTER_RESIDENCE = /(?:dijk|hof|markt|wal|pad|haven)$/u;

/** Units after a number that make it anything but a house number. */
const NOT_HOUSE_NUMBER_AFTER =
  /^\s?(?:jaar|jaren|jr|keer|x|uur|u\b|minuten|min|seconden|weken|week|maanden|maand|dagen|dag|kinderen|kids|personen|mensen|euro|eur|€|%|procent|km|kilometer|meter|m\b|cm|kg|kilo|gram|years|year|times|hours|minutes|days|weeks|months|children|people|procent|punten|stappen|sessies|gesprekken|afleveringen|foto|foto's|bestanden|video|video's)(?![\p{L}])/iu;

/**
 * After the house number: a letter, "bis", "hs", a floor ("III", "2-hoog", "2hg"), "t/m 14", a
 * Flemish box ("bus 2", "bte 3"), an apartment ("app. 4", "unit 2"), Antwerp's red numbers ("rood").
 */
const HOUSE_NUMBER_ADDITION =
  /^(?: ?t\/m \d{1,4}|[ -]?(?:[a-zA-Z](?![\p{L}\p{N}])|[IVX]{1,3}(?![\p{L}])|(?:bis|hs|huis|boven|beneden|bg|zw|sous|rood|\d-?(?:hoog|hg))(?![\p{L}]))|-\d{1,4}|\/\d{1,4}|,? (?:bus|bte|box|b\.?|[Aa]pp(?:artement)?\.?|[Aa]pt\.?|[Uu]nit|[Ff]lat) ?\d{1,4}(?![\p{L}\p{N}]))/u;
/** How far HOUSE_NUMBER_ADDITION may reach. */
const ADDITION_REACH = 16;

/** The end of the house number that ends at `end`, with its addition. */
function withAddition(text: string, end: number): number {
  const addition = HOUSE_NUMBER_ADDITION.exec(text.slice(end, end + ADDITION_REACH));
  return addition === null ? end : end + addition[0].length;
}

/**
 * "woont aan (de)", "woont op", "verblijft aan", "ingeschreven op", "het huis aan de", "lives on/at",
 * and with an article "woont in de", "verhuisd naar het".
 */
const RESIDENCE_CUE =
  /(?:woont|wonen|woonde|woonachtig|adres|verhuisd|verhuist|verblijft|logeert|ingeschreven|huis|woning|lives|lived|living|address|moved|stays|staying|resides|house|home)\s(?:[^.!?\n]{0,20}\s)?(?:(?:aan|op|on|at)(?:\s(?:de|het|the))?|(?:in|naar)\s(?:de|het))\s$/iu;

const POSTBUS = /(?<![\p{L}\p{N}])(?:postbus|antwoordnummer|p\.?\s?o\.?\s?box)\s?\d{1,6}(?![\p{L}\p{N}])/giu;
/** POSTBUS's words, with its flags: without one of them it cannot match, and this is a quicker test. */
const POSTBUS_WORD = /postbus|antwoordnummer|box/iu;
const ENGLISH_STREET_TYPES =
  'Street|Road|Avenue|Lane|Drive|Close|Way|Court|Place|Square|Crescent|Terrace|Gardens|Grove|Row|Hill|Boulevard|Mews|Walk|Parade|Park|Rise|View|Gate|Vale|Quay|Wharf|Yard|Green|Circus|Meadows|Chase|Croft';
const ENGLISH_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?,?\s(?:(?:\p{Lu}[\p{L}'’-]+|St\.)\s){1,3}(?:${ENGLISH_STREET_TYPES}|(?:St|Rd|Ave|Ln|Dr|Ct|Sq|Blvd)\.?)(?![\p{L}])`,
  'gu',
);
/**
 * "Victoria St. 112", "Baker Street 221b": an English street type with the house number after it,
 * as people used to Dutch addresses write it. Found from the type word; the name before it is
 * taken from the text right before.
 */
const ENGLISH_STREET_TYPE_THEN_NUMBER = new RegExp(
  String.raw`(?:${ENGLISH_STREET_TYPES}|St|Rd|Ave|Ln|Dr|Ct|Sq|Blvd)\.? (\d{1,5}[A-Za-z]?)(?![\p{L}\p{N}]|[.,]\d)`,
  'gu',
);
/** "12 high street", "4 church rd": an English address typed in lower case, with full or short type words. */
const LOWER_CASE_ENGLISH_STREET =
  /\d{1,5}[a-z]?,? (?:[a-z][a-z'’-]{1,20} ){1,2}(?:street|road|avenue|lane|drive|close|crescent|terrace|gardens|grove|square|st|rd|ave)(?![A-Za-z\u00C0-\u024F])/g;
/**
 * "Rue de la Loi 16", "Avenue Louise 54", "Chaussée de Louvain 12", "Place Flagey 7": a French
 * street type, its linking words and up to three capitalised words, then a house number, as
 * Brussels and Walloon addresses are written. Found from the type word; its start is checked in code.
 */
const FRENCH_STREET = new RegExp(
  String.raw`(?:Rue|Avenue|Av\.|Chaussée|Boulevard|Bd|Place|Chemin|Quai|Drève|Allée|Impasse|Rempart|Clos|Square|Galerie|Sentier|Parvis) ` +
    String.raw`(?:(?:de la|de l['’]|des|du|de|d['’]|aux|au|la|le|les|l['’]) ?)?(?:\p{Lu}[\p{L}'’-]{1,30} (?:(?:de la|des|du|de|d['’]|aux|et) )?){0,2}\p{Lu}[\p{L}'’-]{1,30},? (\d{1,4}[A-Za-z]?)(?![\p{L}\p{N}]|[.,]\d)`,
  'gu',
);
/** FRENCH_STREET's type words: without one it cannot match, and this is a quicker test. */
const FRENCH_STREET_WORD =
  /(?:Rue|Avenue|Av\.|Chaussée|Boulevard|Bd|Place|Chemin|Quai|Drève|Allée|Impasse|Rempart|Clos|Square|Galerie|Sentier|Parvis) \S/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ENGLISH_STREET_NAME_BEFORE = /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{L}'’-]{0,30} ){1,3}$/u;
/** Quick test for ENGLISH_STREET_TYPE_THEN_NUMBER: a type word and a digit somewhere. */
const ENGLISH_STREET_TYPE_WORD = new RegExp(String.raw`(?:${ENGLISH_STREET_TYPES}|St|Rd|Ave|Ln|Dr|Ct|Sq|Blvd)\.? \d`, 'u');
/** "lives on Baker Street", "moved to Church Lane": an English street without a number after a residence cue. */
const ENGLISH_STREET_AFTER_CUE = new RegExp(
  String.raw`(?:[Ll]iv(?:es|ed|ing|e)|[Mm]oved|[Aa]ddress is|[Ss]tay(?:s|ed|ing)?|[Ff]lat|[Hh]ouse|[Hh]ome)\s(?:on|at|in|to)\s(?:the\s)?((?:\p{Lu}[\p{L}'’-]{0,30}\s){1,3}(?:Street|Road|Avenue|Lane|Drive|Close|Crescent|Terrace|Gardens|Grove|Square|Boulevard))(?![\p{L}])`,
  'gu',
);

const SUFFIX_SET: ReadonlySet<string> = new Set(STREET_SUFFIXES);
const SUFFIX_LENGTHS = [...new Set(STREET_SUFFIXES.map((suffix) => suffix.length))];
/** Last letters of the suffixes: most words end otherwise and need no lookup at all. */
const SUFFIX_LAST_CHARS: ReadonlySet<string> = new Set(
  [...STREET_SUFFIXES, ...ABBREVIATED_SUFFIXES].map((suffix) => suffix.charAt(suffix.length - 1)),
);

/** "Kerkstr", "Dorpsln", and typed in lower case "kerkstr": a word ending in an abbreviated street suffix. */
function isAbbreviatedStreet(token: Token): boolean {
  return abbreviatedStreet(token.lower);
}

function abbreviatedStreet(lower: string): boolean {
  if (!SUFFIX_LAST_CHARS.has(lower.charAt(lower.length - 1))) return false;
  for (let length = 2; length <= 4; length++) {
    if (lower.length >= length + 3 && ABBREVIATED_SUFFIXES.has(lower.slice(-length))) return !isWord(lower);
  }
  return false;
}

// The word tests of the loops below, made once: a pattern written in a loop is a new object on every turn.
const STREET_TITLE_BEFORE_NAME = /^(?:lange|korte|oude|nieuwe|hoge|lage|grote|kleine|noordeinde|zuideinde)$/;
const STREET_HEADS = /^(?:laan|weg|plein|hof|park|dreef|straat|singel|kade|gracht|erf|pad|steenweg|heirweg|heerbaan)$/;
/** Flemish roads named after where they lead: "Steenweg op Gent 12", "Heirweg naar Brugge 4". */
const ROAD_TO = /^(?:steenweg|heirweg|heerbaan)$/;
const ROAD_TO_CONNECTORS: ReadonlySet<string> = new Set(['op', 'naar']);
const PLAIN_HOUSE_NUMBER = /^\d{1,5}[a-zA-Z]?$/;
const NUMBER_WORD = /^(?:nr|nummer|no|huisnummer|huisnr|hnr)$/;
const SPACES_GAP = /^ {1,2}$/;
const DOT_SPACES_GAP = /^\. {0,2}$/;
const OPTIONAL_DOT_SPACES_GAP = /^\.? {0,2}$/;
const DIGIT = /\d/;
const ADDRESS_LABEL_BEFORE = /adres:\s?$/iu;

/** Words of a street name before its last ("Burgemeester van der Velde|laan"). */
const MAX_STREET_NAME_WORDS = 6;

function isStreetWord(token: Token): boolean {
  // A lower-case word shorter than every suffix with three letters before it: no lookup needed.
  if (!token.cap && token.lower.length < SHORTEST_SUFFIX + 3) return false;
  let answers = streetWordAnswers.get(token.lower);
  if (answers === undefined) {
    answers = (streetWord(token.lower, true) ? CAPITALISED : 0) | (streetWord(token.lower, false) ? LOWER_CASE : 0);
    if (streetWordAnswers.size >= MAX_STREET_WORD_ANSWERS) streetWordAnswers.clear();
    streetWordAnswers.set(token.lower, answers);
  }
  return (answers & (token.cap ? CAPITALISED : LOWER_CASE)) !== 0;
}

/** Memoised answers of streetWord for a word written with a capital and without: notes repeat their words. */
const streetWordAnswers = new Map<string, number>();
const MAX_STREET_WORD_ANSWERS = 50_000;
const SHORTEST_SUFFIX = Math.min(...SUFFIX_LENGTHS);
const CAPITALISED = 1;
const LOWER_CASE = 2;

function streetWord(lower: string, cap: boolean): boolean {
  if (abbreviatedStreet(lower)) return true;
  if (!SUFFIX_LAST_CHARS.has(lower.charAt(lower.length - 1))) return cap && BARE_STREETS.has(lower);
  for (const length of SUFFIX_LENGTHS) {
    if (lower.length >= length + 3 && SUFFIX_SET.has(lower.slice(-length))) return true;
  }
  return cap && BARE_STREETS.has(lower);
}

function adjacent(_text: string, a: Token, b: Token): boolean {
  return b.spaceBefore && b.previousEnd === a.end;
}

function knownPlaceOrOrganisation(tokens: readonly Token[], text: string, index: number): boolean {
  // "Amsterdam 12 jaar", "Harderwijk 3": a place name is not a street.
  for (let from = Math.max(0, index - 3); from <= index; from++) {
    const match = matchPhrase(from, tokens.length, (i) =>
      i === from || (i > 0 && adjacent(text, tokens[i - 1], tokens[i])) ? tokens[i].lower : undefined,
    );
    if (match !== undefined && from + match.length - 1 === index) return true;
  }
  return false;
}

/**
 * Street addresses: a street name and a house number ("Kerkstraat 12a",
 * "Jan van Galenstraat 4-2", "12 Baker Street"), a PO box, or a street name
 * right after "woont aan/op".
 */
export function findAddresses(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const postboxes = POSTBUS_WORD.test(text) ? text.matchAll(POSTBUS) : [];
  for (const m of postboxes) {
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, category: 'street_address' });
  }
  for (const m of text.matchAll(ENGLISH_STREET)) {
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, category: 'street_address' });
  }
  if (ENGLISH_STREET_TYPE_WORD.test(text)) found.push(...englishStreetsNumberAfter(text));
  if (FRENCH_STREET_WORD.test(text)) found.push(...frenchStreets(text));
  // The patterns below open with a digit or a word, not a lookbehind (tried at every character): the start is checked here.
  for (const m of text.matchAll(LOWER_CASE_ENGLISH_STREET)) {
    const start = m.index ?? 0;
    if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) continue;
    found.push({ start, end: start + m[0].length, category: 'street_address' });
  }
  for (const m of text.matchAll(ENGLISH_STREET_AFTER_CUE)) {
    if ((m.index ?? 0) > 0 && LETTER_OR_DIGIT.test(text[(m.index ?? 0) - 1])) continue;
    const end = (m.index ?? 0) + m[0].length;
    found.push({ start: end - m[1].length, end, category: 'street_address' });
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // "Lange Voorhout 8", "Oude Delft 12": a street title and a name, then a number.
    const titledStreet =
      token.cap &&
      i + 1 < tokens.length &&
      STREET_TITLE_BEFORE_NAME.test(token.lower) &&
      tokens[i + 1].cap &&
      adjacent(text, token, tokens[i + 1]) &&
      i + 2 < tokens.length &&
      PLAIN_HOUSE_NUMBER.test(tokens[i + 2].text) &&
      adjacent(text, tokens[i + 1], tokens[i + 2]) &&
      !NOT_HOUSE_NUMBER_AFTER.test(text.slice(tokens[i + 2].end, tokens[i + 2].end + 14));
    // "Laan van Meerdervoort 100", "Plein van de Republiek 2".
    let named = -1;
    if (token.cap && STREET_HEADS.test(token.lower)) {
      let k = i + 1;
      const roadTo = ROAD_TO.test(token.lower);
      while (
        k < tokens.length &&
        k - i <= 3 &&
        (CONNECTORS.has(tokens[k].lower) || (roadTo && ROAD_TO_CONNECTORS.has(tokens[k].lower))) &&
        adjacent(text, tokens[k - 1], tokens[k])
      )
        k++;
      if (k > i + 1) {
        while (k < tokens.length && k - i <= 6 && tokens[k].cap && adjacent(text, tokens[k - 1], tokens[k])) k++;
        const number = tokens[k];
        if (
          k > i + 2 &&
          number !== undefined &&
          adjacent(text, tokens[k - 1], number) &&
          PLAIN_HOUSE_NUMBER.test(number.text) &&
          !NOT_HOUSE_NUMBER_AFTER.test(text.slice(number.end, number.end + 14))
        ) {
          named = k;
        }
      }
    }
    if (named > 0) {
      found.push({ start: token.start, end: withAddition(text, tokens[named].end), category: 'street_address' });
      i = named;
      continue;
    }
    if (titledStreet) {
      found.push({ start: token.start, end: withAddition(text, tokens[i + 2].end), category: 'street_address' });
      i += 2;
      continue;
    }
    // "Rapenburg 12, Leiden", "Overtoom 80 in Amsterdam": a street named without a street word, before its place.
    const beforePlace = streetBeforePlace(text, tokens, i) ?? streetWithBox(text, tokens, i);
    if (beforePlace !== undefined) {
      found.push(beforePlace.candidate);
      i = beforePlace.last;
      continue;
    }
    // "woont op De Zwaan 14", "woont aan de Meir 12 bus 2": after a residence cue, capitalised words and a number.
    const cued = streetAfterCue(text, tokens, i);
    if (cued !== undefined) {
      found.push(cued.candidate);
      i = cued.last;
      continue;
    }
    if (!isStreetWord(token) || knownPlaceOrOrganisation(tokens, text, i)) continue;
    // A short street word in lower case ("kerkweg 12") only right after a residence cue: "woont op de bosweg 3".
    if (!token.cap && token.lower.length < 8 && !isAbbreviatedStreet(token) && !residenceBefore(text, token.start)) continue;

    let first = i;
    // Bounded: a run of capitalised words before "…straat" must not be walked once per street word.
    while (first > 0 && i - first < MAX_STREET_NAME_WORDS && adjacent(text, tokens[first - 1], tokens[first])) {
      const previous = tokens[first - 1];
      const titled = previous.cap && STREET_TITLES.has(previous.lower);
      const connector =
        CONNECTORS.has(previous.lower) && first >= 2 && tokens[first - 2].cap && adjacent(text, tokens[first - 2], previous);
      const name = previous.cap && !isWord(previous.lower);
      if (!titled && !connector && !name) break;
      first--;
      if (previous.sentenceStart) break;
    }

    // House number: "12", "12a", "12-2", "nr. 12", "nummer 12".
    let next = i + 1;
    if (next < tokens.length && NUMBER_WORD.test(tokens[next].lower) && text.slice(token.end, tokens[next].start).trim() === '') {
      next++;
    }
    const number = tokens[next];
    const gap = number === undefined ? '' : text.slice(tokens[next - 1].end, number.start);
    const gapOk =
      next === i + 1 ? SPACES_GAP.test(gap) || (isAbbreviatedStreet(token) && DOT_SPACES_GAP.test(gap)) : OPTIONAL_DOT_SPACES_GAP.test(gap);
    if (
      number !== undefined &&
      gapOk &&
      HOUSE_NUMBER.test(number.text) &&
      Number.parseInt(number.text, 10) > 0 &&
      !NOT_HOUSE_NUMBER_AFTER.test(text.slice(number.end, number.end + 14))
    ) {
      const end = withAddition(text, number.end);
      found.push({
        start: tokens[first].start,
        end,
        category: 'street_address',
      });
      i = next;
      continue;
    }

    // No number: only a street name right after "woont aan de …", or a compound that is clearly a street after a preposition ("in de Kalverstraat").
    const clear = CLEAR_STREET.test(token.lower);
    if (
      token.cap &&
      (clear || STREET_AFTER_RESIDENCE.test(token.lower)) &&
      (RESIDENCE_CUE.test(text.slice(Math.max(0, tokens[first].start - 40), tokens[first].start)) ||
        (clear &&
          !BARE_STREETS.has(token.lower) &&
          STREET_PREPOSITION_BEFORE.test(text.slice(Math.max(0, tokens[first].start - 12), tokens[first].start))))
    ) {
      found.push({
        start: tokens[first].start,
        end: token.end,
        category: 'street_address',
      });
    }
  }
  return found;
}

function frenchStreets(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(FRENCH_STREET)) {
    const start = m.index ?? 0;
    if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) continue;
    const end = start + m[0].length;
    if (NOT_HOUSE_NUMBER_AFTER.test(text.slice(end, end + 14))) continue;
    found.push({ start, end: withAddition(text, end), category: 'street_address' });
  }
  return found;
}

function englishStreetsNumberAfter(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(ENGLISH_STREET_TYPE_THEN_NUMBER)) {
    const typeStart = m.index ?? 0;
    if (typeStart > 0 && LETTER_OR_DIGIT.test(text[typeStart - 1])) continue;
    const end = typeStart + m[0].length;
    if (NOT_HOUSE_NUMBER_AFTER.test(text.slice(end, end + 14))) continue;
    const name = ENGLISH_STREET_NAME_BEFORE.exec(text.slice(Math.max(0, typeStart - 60), typeStart));
    if (name === null) continue;
    found.push({ start: typeStart - name[0].length, end, category: 'street_address' });
  }
  return found;
}

/** After a house number: the place or postcode of the address ("12, Leiden", "12 te Gent", "12, 2311 EX"). */
const PLACE_AFTER_NUMBER = /^,? (?:(?:te|in) )?/u;
const POSTCODE_AFTER_NUMBER = /^,? \d{4} ?(?:[A-Z]{2}(?![\p{L}])|\p{Lu})/u;

/**
 * "Rapenburg 12, Leiden", "Overtoom 80 in Amsterdam", "Meir 12, 2000 Antwerpen": one capitalised
 * word that is no Dutch word, name or known place, a house number, then a postcode, or a known
 * place when the word is a compound.
 */
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function streetBeforePlace(text: string, tokens: readonly Token[], i: number): { candidate: Candidate; last: number } | undefined {
  const token = tokens[i];
  const number = tokens[i + 1];
  // Most tokens stop at these: a capitalised word that is no Dutch word, then a token that starts with a digit.
  if (!token.cap || number === undefined || !isDigitCode(number.text.charCodeAt(0)) || isWord(token.lower)) return undefined;
  if (DIGIT.test(token.text) || isStreetWord(token) || !HOUSE_NUMBER.test(number.text) || Number.parseInt(number.text, 10) === 0)
    return undefined;
  if (number.start - token.end > 2 || !SPACES_GAP.test(text.slice(token.end, number.start))) return undefined;
  if (isGivenName(token.lower) || isSurname(token.lower) || knownPlaceOrOrganisation(tokens, text, i)) return undefined;
  const end = withAddition(text, number.end);
  const after = text.slice(end, end + 12);
  if (!POSTCODE_AFTER_NUMBER.test(after)) {
    // Without a postcode the word must be a compound of words, as such street names are ("Over|toom",
    // "Rapen|burg"): an unknown name with an age before a place ("Xandrijn 12, Zwolle") is none.
    if (!isWordOrCompound(token.lower)) return undefined;
    const gap = PLACE_AFTER_NUMBER.exec(after);
    const placeAt = gap === null ? -1 : end + gap[0].length;
    let k = i + 2;
    while (k < tokens.length && tokens[k].start < placeAt) k++;
    if (gap === null || gap[0].length === 0 || k >= tokens.length || tokens[k].start !== placeAt || !tokens[k].cap) return undefined;
    const place = matchPhrase(k, tokens.length, (j) => (j === k || adjacent(text, tokens[j - 1], tokens[j]) ? tokens[j].lower : undefined));
    if (place === undefined || place.kind !== 'place') return undefined;
  }
  return { candidate: { start: token.start, end, category: 'street_address' }, last: i + 1 };
}

/** A Flemish box number after the house number: "12 bus 2", "12, bte 3". */
const BOX_AFTER_NUMBER = /^,? (?:bus|bte) ?\d{1,4}(?![\p{L}\p{N}])/u;

/**
 * "Meir 12 bus 2", "woont Vrijheid 12, bte 3": a capitalised word and a house number with a box
 * number after it is a street however it is named — only addresses number their boxes so. Not a
 * name or a known place, and a Dutch word only after a residence cue ("Lijn 12 bus 3" is a bus).
 */
function streetWithBox(text: string, tokens: readonly Token[], i: number): { candidate: Candidate; last: number } | undefined {
  const token = tokens[i];
  const number = tokens[i + 1];
  if (!token.cap || number === undefined || !isDigitCode(number.text.charCodeAt(0)) || DIGIT.test(token.text)) return undefined;
  if (!HOUSE_NUMBER.test(number.text) || !SPACES_GAP.test(text.slice(token.end, number.start))) return undefined;
  if (!BOX_AFTER_NUMBER.test(text.slice(number.end, number.end + 12))) return undefined;
  if (isGivenName(token.lower) || knownPlaceOrOrganisation(tokens, text, i)) return undefined;
  if (isWord(token.lower) && !residenceBefore(text, token.start)) return undefined;
  return { candidate: { start: token.start, end: withAddition(text, number.end), category: 'street_address' }, last: i + 1 };
}

/** The word RESIDENCE_CUE ends with, right before the street. */
const CUE_LAST_WORDS: ReadonlySet<string> = new Set('aan op on at de het the'.split(' '));

const HOUSE_NUMBER = /^\d{1,5}(?:[a-zA-Z]|bis|ter|hs|bg|-\d{1,4}|-[a-zA-Z]{1,3})?$/;

/** After "woont op/aan (de)", "adres:": up to three capitalised words and a house number. */
function streetAfterCue(text: string, tokens: readonly Token[], i: number): { candidate: Candidate; last: number } | undefined {
  const token = tokens[i];
  // "woont op 't Zand 7": the article "'t" may open the street name.
  const article = token.lower === "'t" && tokens[i + 1]?.cap === true;
  if ((!token.cap && !article) || DIGIT.test(token.text)) return undefined;
  // Both cues end in a word right before the token ("aan", "op", "de", "adres", "woont"): most tokens stop here.
  const cueWord = i > 0 ? tokens[i - 1].lower : '';
  const verbOnly = RESIDENCE_VERBS.has(cueWord);
  if (!CUE_LAST_WORDS.has(cueWord) && !cueWord.endsWith('adres') && !verbOnly) return undefined;
  let k = i + 1;
  while (
    k < tokens.length &&
    k - i <= 3 &&
    adjacent(text, tokens[k - 1], tokens[k]) &&
    (tokens[k].cap || CONNECTORS.has(tokens[k].lower)) &&
    !DIGIT.test(tokens[k].text)
  )
    k++;
  const number = tokens[k];
  if (
    number === undefined ||
    !adjacent(text, tokens[k - 1], number) ||
    !HOUSE_NUMBER.test(number.text) ||
    Number.parseInt(number.text, 10) === 0 ||
    NOT_HOUSE_NUMBER_AFTER.test(text.slice(number.end, number.end + 14))
  )
    return undefined;
  // The cue last: "de", "op", "aan" before a capitalised word are common, a house number after it is not.
  const start = token.start;
  const before = text.slice(Math.max(0, start - 40), start);
  if (verbOnly) {
    // "woont Achter de Hoven 12", "woont Spui 12": the verb alone, then no place ("woont Zwolle 3 jaar" is stopped above).
    if (tokens[i - 1].end !== start - 1 || knownPlaceOrOrganisation(tokens, text, k - 1)) return undefined;
  } else if (!RESIDENCE_CUE.test(before) && !ADDRESS_LABEL_BEFORE.test(before)) return undefined;
  const end = withAddition(text, number.end);
  return {
    candidate: { start, end, category: 'street_address' },
    last: k,
  };
}

/** "in de", "aan het", "op", "langs de": a preposition that places something in a street. */
const STREET_PREPOSITION_BEFORE = /(?<![\p{L}])(?:in|aan|op|naar|bij|uit|langs|via|over|vanaf|richting) (?:de |het )?$/iu;
/** RESIDENCE_VERBS and "adres" right before a street, as RESIDENCE_CUE's short form. */
const RESIDENCE_VERB_BEFORE = /(?<![\p{L}])(?:woont|wonen|woonde|woonachtig|verblijft|adres:?)\s$/iu;

function residenceBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return RESIDENCE_CUE.test(before) || RESIDENCE_VERB_BEFORE.test(before);
}
/** Residence verbs a street may follow without "aan" or "op": "woont Spui 12", "woonachtig Achter de Hoven 3". */
const RESIDENCE_VERBS: ReadonlySet<string> = new Set('woont wonen woonde woonachtig verblijft'.split(' '));
