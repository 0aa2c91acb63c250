import { isPiiCategory, type PiiCategory } from '../categories';

export interface LabelledSpan {
  start: number;
  end: number;
  category: PiiCategory;
}

export interface LabelledText {
  text: string;
  labels: LabelledSpan[];
}

/**
 * Authoring helper for the corpus: "Broer [[Pieter|person_name]] belt" becomes
 * the text "Broer Pieter belt" with a label over "Pieter" (UTF-16 offsets), so
 * nobody has to count characters by hand.
 */
export function parseMarkup(marked: string): LabelledText {
  let text = '';
  const labels: LabelledSpan[] = [];
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf('[[', i);
    if (open < 0) {
      text += marked.slice(i);
      break;
    }
    text += marked.slice(i, open);
    const close = marked.indexOf(']]', open + 2);
    if (close < 0) throw new Error(`unclosed [[ at ${open} in: ${marked}`);
    const inner = marked.slice(open + 2, close);
    const bar = inner.lastIndexOf('|');
    if (bar <= 0) throw new Error(`label without category at ${open} in: ${marked}`);
    const value = inner.slice(0, bar);
    const category = inner.slice(bar + 1);
    if (!isPiiCategory(category)) throw new Error(`unknown category "${category}" in: ${marked}`);
    if (value.includes('[[')) throw new Error(`nested label at ${open} in: ${marked}`);
    labels.push({
      start: text.length,
      end: text.length + value.length,
      category,
    });
    text += value;
    i = close + 2;
  }
  return { text, labels };
}

/** The inverse of `parseMarkup`, for showing errors in the same notation. */
export function toMarkup({ text, labels }: LabelledText): string {
  let out = '';
  let at = 0;
  for (const label of [...labels].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, label.start);
    out += `[[${text.slice(label.start, label.end)}|${label.category}]]`;
    at = label.end;
  }
  return out + text.slice(at);
}
