import type { PiiCategory } from '../../categories';
import type { Token } from '../../text/tokens';
import type { Candidate, Span } from '../types';
import { TITLE_ABBREVIATIONS } from './cues';

const DOT_GAP = /^\. ?$/;
const APOSTROPHE_GAP = /^['’] $/;

/** What the lexical detector knows of a token: nothing yet, allowed as it is, or part of a finding. */
export type Label = 'none' | 'neutral' | PiiCategory;

/**
 * Stage 1 of the lexical detector: the tokens of a text with a label each, the
 * questions every later stage asks about a token and its neighbours (what is
 * between two tokens, are they adjacent words, is a token still free), and the
 * findings made so far. The gaps between tokens are answered from character
 * codes where the test is simple, so that asking costs no allocation.
 */
export class LexicalTokens {
  readonly labels: Label[];
  readonly findings: Candidate[] = [];
  readonly neutral: Span[] = [];
  /** Lower-cased texts of the people found, to find the same name again. */
  readonly personTexts = new Set<string>();
  /** The finding each token belongs to, so a wider finding can replace the ones it swallows ("VV Katwijk"). */
  private readonly findingOf: Array<Candidate | undefined>;
  private readonly removed = new Set<Candidate>();

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    claimed: Uint8Array,
  ) {
    this.labels = new Array<Label>(tokens.length);
    for (let i = 0; i < tokens.length; i++) this.labels[i] = isClaimedToken(claimed, tokens[i]) ? 'neutral' : 'none';
    this.findingOf = new Array<Candidate | undefined>(tokens.length);
  }

  get length(): number {
    return this.tokens.length;
  }

  /** The text between token i-1 and token i ('' for the first). */
  gap(i: number): string {
    return i > 0 ? this.text.slice(this.tokens[i - 1].end, this.tokens[i].start) : '';
  }

  /** Length of the gap before token i. */
  gapLength(i: number): number {
    return i > 0 ? this.tokens[i].start - this.tokens[i - 1].end : 0;
  }

  /** The gap before token i is one or two spaces. */
  spaced(i: number): boolean {
    return i > 0 && this.tokens[i].spaceBefore;
  }

  /** The gap before token i is exactly `gap`. */
  gapIs(i: number, gap: string): boolean {
    return i > 0 && this.gapLength(i) === gap.length && this.text.startsWith(gap, this.tokens[i - 1].end);
  }

  /** The gap before token i is short enough to be tested against `pattern` and matches it. */
  gapMatches(i: number, pattern: RegExp, maxLength: number): boolean {
    const length = this.gapLength(i);
    return i > 0 && length <= maxLength && pattern.test(this.gap(i));
  }

  /** Tokens i-1 and i are words of one name: spaces, "St. Mary's", "St. Thomas' Hospital". */
  adjacent(i: number): boolean {
    if (i <= 0 || i >= this.tokens.length) return false;
    const token = this.tokens[i];
    if (token.spaceBefore) return true;
    const previous = this.tokens[i - 1];
    // "St. Mary's", "Dr. Lelylaan": an abbreviated title belongs to the name after it.
    if (previous.dotAfter && TITLE_ABBREVIATIONS.has(previous.lower) && this.gapMatches(i, DOT_GAP, 2)) return true;
    // "St. Thomas' Hospital": a possessive apostrophe.
    return token.cap && this.gapMatches(i, APOSTROPHE_GAP, 2);
  }

  /** Token i exists and no finding or allowed phrase has taken it. */
  free(i: number): boolean {
    return i >= 0 && i < this.tokens.length && this.labels[i] === 'none';
  }

  hasLabel(i: number, label: Label): boolean {
    return i >= 0 && i < this.tokens.length && this.labels[i] === label;
  }

  freeOrPlace(i: number): boolean {
    return this.free(i) || this.hasLabel(i, 'place');
  }

  /** Part of a name being assembled: unclaimed, or a place or institution found on its own ("Isala" + "ziekenhuis"). */
  namedPart(i: number): boolean {
    return this.freeOrPlace(i) || this.hasLabel(i, 'institution');
  }

  /** "J.", "P.": a capital letter with a full stop. */
  isInitial(k: number): boolean {
    const token = this.tokens[k];
    return token.text.length === 1 && token.cap && token.dotAfter;
  }

  /** Tokens from..to are a finding of `category`, ending at `end`; a finding they overlap is replaced. */
  emitSpan(from: number, to: number, start: number, end: number, category: PiiCategory): void {
    const finding: Candidate = { start, end, category };
    for (let k = from; k <= to; k++) {
      const previous = this.findingOf[k];
      if (previous !== undefined) this.removed.add(previous);
      this.findingOf[k] = finding;
      this.labels[k] = category;
    }
    this.findings.push(finding);
  }

  /** Tokens from..to are allowed as they are; `span` records them as a named organisation when given. */
  markNeutral(from: number, to: number, span?: Span): void {
    if (span !== undefined) this.neutral.push(span);
    for (let k = from; k <= to; k++) this.labels[k] = 'neutral';
  }

  /** The findings that no wider one replaced, in the order they were made. */
  result(): { findings: Candidate[]; neutral: Span[] } {
    return {
      findings: this.removed.size === 0 ? this.findings : this.findings.filter((f) => !this.removed.has(f)),
      neutral: this.neutral,
    };
  }
}

function isClaimedToken(claimed: Uint8Array, token: Token): boolean {
  for (let k = token.start; k < token.end; k++) if (claimed[k] === 1) return true;
  return false;
}
