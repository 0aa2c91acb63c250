import { CATEGORY_INFO, type Finding } from './categories';
import { scan } from './scan';

/** Replaces one finding with its token, e.g. `[TELEFOON]`. */
export function maskOne(
  text: string,
  finding: Pick<Finding, 'start' | 'end' | 'category'>,
): string {
  const start = Math.max(0, Math.min(finding.start, text.length));
  const end = Math.max(start, Math.min(finding.end, text.length));
  return (
    text.slice(0, start) +
    CATEGORY_INFO[finding.category].token +
    text.slice(end)
  );
}

/**
 * Replaces every finding with its token, right to left so that the offsets of
 * the findings still to do stay valid. Without findings, scans the text first.
 */
export function mask(text: string, findings?: readonly Finding[]): string {
  const list = [...(findings ?? scan(text))].sort(
    (a, b) => b.start - a.start || b.end - a.end,
  );
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const finding of list) {
    // Overlapping findings passed in by a caller: mask the union once.
    const end = Math.min(finding.end, limit);
    if (end <= finding.start) continue;
    result = maskOne(result, { ...finding, end });
    limit = finding.start;
  }
  return result;
}
