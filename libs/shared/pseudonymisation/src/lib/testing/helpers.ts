import type { Finding, PiiCategory } from '../categories';
import { scan } from '../scan';

/** The findings of `text` as "category:matched text", in order: easy to read in a failing test. */
export function found(text: string): string[] {
  return scan(text).map((f: Finding) => `${f.category}:${text.slice(f.start, f.end)}`);
}

/** The texts found in `text` for one category. */
export function foundOf(text: string, category: PiiCategory): string[] {
  return scan(text)
    .filter((f) => f.category === category)
    .map((f) => text.slice(f.start, f.end));
}
