import type { PiiCategory } from '../categories';
import type { Token } from '../text/tokens';

/** A finding in normalised-text offsets, before overlaps are resolved. */
export interface Candidate {
  start: number;
  end: number;
  category: PiiCategory;
}

export interface Span {
  start: number;
  end: number;
}

/** What every detector gets: the normalised text, its tokens, and the spans found so far. */
export interface ScanContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** 1 where an earlier detector already claimed the character. */
  readonly claimed: Uint8Array;
  /** 1 where the text is allowed as is (case codes, public numbers, named organisations). */
  readonly allowed: Uint8Array;
}

export function isClaimed(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i] === 1) return true;
  return false;
}

export function claim(mask: Uint8Array, start: number, end: number): void {
  mask.fill(1, start, end);
}
