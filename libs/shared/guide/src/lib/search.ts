import { guide as currentGuide } from './guide';
import type { Guide, GuideItem, GuideSection, GuideStep, Language, LocalisedText } from './guide.types';
import { collectLocalisedTexts } from './localised-text';

/** A match of the read-only guide page's search, with a short excerpt. */
export type GuideSearchHit =
  | {
      readonly kind: 'section';
      readonly section: GuideSection;
      readonly excerpt: string;
    }
  | {
      readonly kind: 'step';
      readonly step: GuideStep;
      readonly excerpt: string;
    }
  | {
      readonly kind: 'item';
      readonly step: GuideStep;
      readonly item: GuideItem;
      readonly excerpt: string;
    };

const EXCERPT_CONTEXT = 60;

/**
 * Folds one UTF-16 unit for matching: lower case, accents removed ("ë" → "e"),
 * curly quotes straightened, whitespace to a space. Always one unit in, one
 * unit out, so an index in the folded text is an index in the original.
 */
function foldUnit(unit: string): string {
  if (/\s/.test(unit)) {
    return ' ';
  }
  if (unit === '‘' || unit === '’') {
    return "'";
  }
  if (unit === '“' || unit === '”') {
    return '"';
  }
  const folded = unit
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return folded.length === 1 ? folded : unit;
}

function fold(text: string): string {
  return text.split('').map(foldUnit).join('');
}

/** Query words, folded, without surrounding punctuation; empty ones dropped. */
function queryTerms(query: string): string[] {
  return fold(query)
    .split(' ')
    .map((term) => term.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, ''))
    .filter((term) => term.length > 0);
}

function excerptAround(text: string, index: number, length: number): string {
  // Cut at spaces so the excerpt starts and ends with whole words.
  let from = 0;
  if (index > EXCERPT_CONTEXT) {
    const start = index - EXCERPT_CONTEXT;
    const space = text.indexOf(' ', start);
    from = space !== -1 && space < index ? space + 1 : start;
  }
  let to = text.length;
  const end = index + length + EXCERPT_CONTEXT;
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    to = space >= index + length ? space : end;
  }
  const before = from > 0 ? '…' : '';
  const after = to < text.length ? '…' : '';
  return `${before}${text.slice(from, to)}${after}`;
}

/**
 * Every term must occur somewhere in the node's texts (in any order); the
 * excerpt comes from the first text that holds the first term.
 */
function match(texts: readonly LocalisedText[], terms: readonly string[], language: Language): string | undefined {
  const originals = texts.map((text) => text[language]);
  const folded = originals.map(fold);
  const all = folded.join('\n');
  if (!terms.every((term) => all.includes(term))) {
    return undefined;
  }
  const first = terms[0];
  const at = folded.findIndex((text) => text.includes(first));
  return excerptAround(originals[at], folded[at].indexOf(first), first.length);
}

/**
 * Plain-text search over the guide in one language. Case, accents and quote
 * styles are ignored; all words of the query must occur. Results follow the
 * guide's order: introduction sections, then each step followed by its items.
 * A step matches on its own title and introduction, an item on all its text.
 */
export function searchGuide(query: string, language: Language, guide: Guide = currentGuide): GuideSearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) {
    return [];
  }
  const hits: GuideSearchHit[] = [];
  for (const section of guide.sections) {
    const excerpt = match(collectLocalisedTexts(section), terms, language);
    if (excerpt !== undefined) {
      hits.push({ kind: 'section', section, excerpt });
    }
  }
  for (const step of guide.steps) {
    const ownTexts = [step.title, ...(step.introduction ?? [])];
    const stepExcerpt = match(ownTexts, terms, language);
    if (stepExcerpt !== undefined) {
      hits.push({ kind: 'step', step, excerpt: stepExcerpt });
    }
    for (const item of step.items) {
      const excerpt = match(collectLocalisedTexts(item), terms, language);
      if (excerpt !== undefined) {
        hits.push({ kind: 'item', step, item, excerpt });
      }
    }
  }
  return hits;
}
