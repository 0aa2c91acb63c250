import { CAPITALISED_WORDS } from './capitalised-words';
import { DUTCH_WORDS_FRONT_CODED } from './dutch-words.generated';
import { ENGLISH_WORDS } from './english-words';
import { GIVEN_NAMES } from './given-names';
import { ALLOWED_ORGANISATIONS, INSTITUTIONS, PLATFORM_NAMES } from './organisations';
import { allPlaces, REGIONS } from './places';
import { SURNAMES_LIST } from './surnames';

let dutchWords: Set<string> | undefined;
/** Length of the longest word in the Dutch list: no part of a split is longer. */
let longestDutch = 0;

/**
 * Tokens longer than this are never split into compounds: real compounds are
 * shorter, and splitting is what a hostile text of one endless word aims at.
 */
export const MAX_COMPOUND_LENGTH = 40;

/** Decoded on first use, so importing the library costs nothing until a scan. */
function dutch(): Set<string> {
  if (dutchWords === undefined) {
    const words = new Set<string>();
    let previous = '';
    for (const entry of DUTCH_WORDS_FRONT_CODED.split(/\s+/)) {
      if (entry === '') continue;
      const shared = entry.charCodeAt(0) - 48;
      const word = previous.slice(0, shared) + entry.slice(1);
      words.add(word);
      if (word.length > longestDutch) longestDutch = word.length;
      previous = word;
    }
    dutchWords = words;
  }
  return dutchWords;
}

/**
 * Given names that are also ordinary words which often open a sentence
 * ("Will call back", "Ben je…", "Storm en regen"): at the start of a sentence
 * they count as names only with more evidence.
 */
const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(
  'ben wil mark storm will may hope grace bill summer april june august lies else joy faith dawn rose max job bas roos bob fleur merel mees sky ivy holly daisy violet ruby amber frank rob pat jack kim lee chase drew ray art guy miles lily iris floor puck noor hanna bo nova lou eva ada'.split(
    ' ',
  ),
);

const DUTCH_SUFFIXES = [
  'en',
  'e',
  's',
  't',
  'te',
  'de',
  'ten',
  'den',
  'je',
  'jes',
  'tje',
  'tjes',
  'er',
  'ers',
  'ste',
  'st',
  'heid',
  'lijk',
  'lijke',
  'ing',
  'ingen',
  'isch',
  'ische',
  "'s",
];
const ENGLISH_SUFFIXES = ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er', "'s"];

function inWordLists(word: string): boolean {
  return dutch().has(word) || ENGLISH_WORDS.has(word) || CAPITALISED_WORDS.has(word);
}

/** Infinitives a Dutch verb stem may belong to: "bel" → "bellen", "noteer" → "noteren", "reis" → "reizen". */
function infinitives(stem: string): string[] {
  const out = [`${stem}en`];
  const last = stem[stem.length - 1];
  out.push(`${stem}${last}en`);
  if (stem.length > 3 && stem[stem.length - 2] === stem[stem.length - 3] && 'aeou'.includes(stem[stem.length - 2])) {
    out.push(`${stem.slice(0, -2)}${last}en`);
  }
  if (last === 's') out.push(`${stem.slice(0, -1)}zen`);
  if (last === 'f') out.push(`${stem.slice(0, -1)}ven`);
  return out;
}

/** In the list, or two listed words glued together (the list leaves out such compounds). */
function dutchOrPair(word: string): boolean {
  if (dutch().has(word)) return true;
  // Both halves are listed words, so neither is longer than the longest one.
  const last = Math.min(word.length - 3, longestDutch);
  for (let i = Math.max(3, word.length - longestDutch); i <= last; i++) {
    if (dutch().has(word.slice(0, i)) && dutch().has(word.slice(i))) return true;
  }
  return false;
}

function isVerbForm(lower: string): boolean {
  let rest = lower;
  if (rest.startsWith('ge') && rest.length > 5) rest = rest.slice(2);
  for (const suffix of ['den', 'ten', 'de', 'te', 'd', 't']) {
    if (!rest.endsWith(suffix) || rest.length - suffix.length < 2) continue;
    const stem = rest.slice(0, rest.length - suffix.length);
    if (infinitives(stem).some(dutchOrPair)) return true;
  }
  return false;
}

/**
 * Memoised answers: notes repeat their words, and the checks below are not free.
 * Overlong tokens are answered without keeping them, so a hostile text cannot fill memory.
 */
function memo(fn: (lower: string) => boolean): (lower: string) => boolean {
  const answers = new Map<string, boolean>();
  return (lower: string): boolean => {
    if (lower.length > MAX_COMPOUND_LENGTH) return fn(lower);
    let answer = answers.get(lower);
    if (answer === undefined) {
      answer = fn(lower);
      if (answers.size > 50_000) answers.clear();
      answers.set(lower, answer);
    }
    return answer;
  };
}

/** Is this (lower-case) token an ordinary word, allowing for simple inflection? */
export const isWord = memo(isWordUncached);

function isWordUncached(lower: string): boolean {
  if (lower.length === 0) return false;
  // No listed word, inflected or not, is this long: only a hyphenated chain of words can be.
  if (lower.length > MAX_COMPOUND_LENGTH) return isHyphenatedWords(lower);
  // "pieter" would pass as "piet" + "er": a given name is a word only when listed as ambiguous.
  if (GIVEN_NAMES.has(lower)) return AMBIGUOUS_NAMES.has(lower);
  if (inWordLists(lower) || AMBIGUOUS_NAMES.has(lower)) return true;
  if (lower.length > 3 && isVerbForm(lower)) return true;
  for (const suffix of DUTCH_SUFFIXES) {
    if (lower.length > suffix.length + 2 && lower.endsWith(suffix)) {
      const stem = lower.slice(0, -suffix.length);
      if (dutch().has(stem)) return true;
      // Doubled consonant or long vowel: "zakken" → "zak", "lopen" → "loop".
      if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && dutch().has(stem.slice(0, -1))) {
        return true;
      }
      const lengthened = stem.slice(0, -1) + stem[stem.length - 2] + stem[stem.length - 1];
      if (dutch().has(lengthened)) return true;
    }
  }
  if (lower.startsWith('ge') && lower.length > 5 && dutch().has(`${lower.slice(2)}`)) return true;
  for (const suffix of ENGLISH_SUFFIXES) {
    if (lower.length > suffix.length + 2 && lower.endsWith(suffix)) {
      if (ENGLISH_WORDS.has(lower.slice(0, -suffix.length))) return true;
    }
  }
  return isHyphenatedWords(lower);
}

function isHyphenatedWords(lower: string): boolean {
  if (!lower.includes('-')) return false;
  return lower.split('-').every((part) => part.length > 0 && isWord(part));
}

/** Exactly a listed word (no inflection, no compounds). */
export function isListedWord(lower: string): boolean {
  return inWordLists(lower);
}

/** Like `isWord`, and also accepts compounds of words ("vervolggesprek"). */
export const isWordOrCompound = memo(isWordOrCompoundUncached);

/** At most this many listed words before the last part of a compound. */
const MAX_COMPOUND_HEADS = 3;

/**
 * A compound is up to three listed words (a Dutch word, or one with a linking
 * "s" or "e") followed by a word (`isWord`, so inflected), every part at least
 * three letters and a part is split further only when six or longer. Decided
 * by dynamic programming over (position, heads so far), so each suffix is
 * looked at once per depth: O(length · longest word), never exponential.
 */
function isWordOrCompoundUncached(lower: string): boolean {
  if (isWord(lower)) return true;
  if (lower.length < 6 || lower.length > MAX_COMPOUND_LENGTH) return false;
  dutch(); // decodes the list and sets longestDutch
  const n = lower.length;
  // known[depth * (n + 1) + start]: 0 unknown, 1 no, 2 yes.
  const known = new Uint8Array((MAX_COMPOUND_HEADS + 1) * (n + 1));
  const splits = (start: number, depth: number): boolean => {
    const key = depth * (n + 1) + start;
    if (known[key] !== 0) return known[key] === 2;
    const answer = splitsUncached(start, depth);
    known[key] = answer ? 2 : 1;
    return answer;
  };
  const splitsUncached = (start: number, depth: number): boolean => {
    const rest = n - start;
    if (depth > 0 && isWord(lower.slice(start))) return true;
    if (depth >= MAX_COMPOUND_HEADS || rest < 6) return false;
    // A head is a listed word, perhaps with one linking letter after it.
    const last = Math.min(n - 3, start + longestDutch + 1);
    for (let i = start + 3; i <= last; i++) {
      const head = lower.slice(start, i);
      const headOk = dutch().has(head) || (head.length > 3 && (head.endsWith('s') || head.endsWith('e')) && dutch().has(head.slice(0, -1)));
      if (headOk && splits(i, depth + 1)) return true;
    }
    return false;
  };
  return splits(0, 0);
}

function stripPossessive(lower: string): string {
  if (lower.endsWith("'s") || lower.endsWith('’s')) return lower.slice(0, -2);
  return lower;
}

/** A given name, also in "Pieters" / "Pieter's" or as part of "Jan-Willem". */
export const isGivenName = memo(isGivenNameUncached);

function isGivenNameUncached(lower: string): boolean {
  const base = stripPossessive(lower);
  if (GIVEN_NAMES.has(base)) return true;
  if (base.endsWith('s') && GIVEN_NAMES.has(base.slice(0, -1))) return true;
  if (base.includes('-')) {
    const parts = base.split('-');
    return parts.length <= 3 && parts.every((part) => GIVEN_NAMES.has(part));
  }
  return false;
}

export function isAmbiguousName(lower: string): boolean {
  return AMBIGUOUS_NAMES.has(stripPossessive(lower));
}

export const isSurname = memo(isSurnameUncached);

function isSurnameUncached(lower: string): boolean {
  const base = stripPossessive(lower);
  if (SURNAMES_LIST.has(base)) return true;
  if (base.includes('-')) return base.split('-').some((part) => SURNAMES_LIST.has(part));
  return false;
}

/** Tokens exactly as the scanner produces them (see tokens.ts), lower-cased. */
export function phraseTokens(phrase: string): string[] {
  const out: string[] = [];
  const re = /(?:(?<![\p{L}\p{M}\p{N}])['’](?=t(?![\p{L}\p{M}\p{N}])))?[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/giu;
  for (const m of phrase.replace(/^['’](?!t(?![\p{L}\p{M}\p{N}]))/iu, '').matchAll(re)) {
    const lower = m[0].toLowerCase();
    out.push(lower === '’t' ? "'t" : lower);
  }
  return out;
}

export type PhraseKind = 'neutral' | 'institution' | 'place';

interface TrieNode {
  next: Map<string, TrieNode>;
  kind?: PhraseKind;
}

function newNode(): TrieNode {
  return { next: new Map() };
}

let trie: TrieNode | undefined;

function addPhrase(root: TrieNode, phrase: string, kind: PhraseKind): void {
  let node = root;
  for (const token of phraseTokens(phrase)) {
    let child = node.next.get(token);
    if (child === undefined) {
      child = newNode();
      node.next.set(token, child);
    }
    node = child;
  }
  // The first kind registered wins: neutral before institution before place.
  if (node.kind === undefined) node.kind = kind;
}

function phraseTrie(): TrieNode {
  if (trie === undefined) {
    const root = newNode();
    for (const phrase of ALLOWED_ORGANISATIONS) addPhrase(root, phrase, 'neutral');
    for (const phrase of PLATFORM_NAMES) addPhrase(root, phrase, 'neutral');
    for (const phrase of REGIONS) addPhrase(root, phrase, 'neutral');
    for (const phrase of INSTITUTIONS) addPhrase(root, phrase, 'institution');
    for (const phrase of allPlaces()) addPhrase(root, phrase, 'place');
    trie = root;
  }
  return trie;
}

/**
 * The trie's node after the first token of a phrase, or null. The root holds
 * thousands of first words and is asked about every word of a note: the answers
 * for the words a note uses are kept in a small map, like memo's.
 */
const firstNodes = new Map<string, TrieNode | null>();

function firstNode(lower: string): TrieNode | null {
  if (lower.length > MAX_COMPOUND_LENGTH) return phraseTrie().next.get(lower) ?? null;
  let node = firstNodes.get(lower);
  if (node === undefined) {
    node = phraseTrie().next.get(lower) ?? null;
    if (firstNodes.size > 50_000) firstNodes.clear();
    firstNodes.set(lower, node);
  }
  return node;
}

/** Can a known phrase start with this (lower-case) token? */
export function startsPhrase(lower: string): boolean {
  return firstNode(lower) !== null;
}

export interface PhraseMatch {
  /** Number of tokens matched. */
  length: number;
  kind: PhraseKind;
}

/**
 * Longest known phrase (organisation, institution, region, place) starting at
 * `tokens[from]`. `lowerAt(i)` gives the lower-cased token i, or undefined when
 * tokens i-1 and i are not adjacent words of one phrase.
 */
export function matchPhrase(from: number, count: number, lowerAt: (i: number) => string | undefined): PhraseMatch | undefined {
  let node = phraseTrie();
  let best: PhraseMatch | undefined;
  for (let i = from; i < count && i - from < 8; i++) {
    const token = lowerAt(i);
    if (token === undefined) break;
    const child = i === from ? (firstNode(token) ?? undefined) : node.next.get(token);
    if (child === undefined) break;
    node = child;
    if (node.kind !== undefined) best = { length: i - from + 1, kind: node.kind };
  }
  return best;
}
