// Types only: the detector (with its word lists) is loaded lazily by the field, never with this file.
import type { CategoryInfo, Finding, PiiCategory } from '@leidraad/shared/pseudonymisation';

/**
 * The pure bookkeeping behind `<ld-free-text>`: where findings and confirmed quasi-identifiers
 * move to when the text changes, which confirmations stop counting, and the confirmation
 * header the API reads (`X-Confirm-Quasi-Identifiers: field:start-end[,field:start-end…]`,
 * see libs/api/pseudonymisation/src/lib/free-text-check.ts).
 */

/** `CATEGORY_INFO` of @leidraad/shared/pseudonymisation, passed in by the caller. */
export type CategoryTable = Readonly<Record<PiiCategory, CategoryInfo>>;

/** The header that carries the counsellor's confirmations; tokens joined by commas. */
export const CONFIRM_QUASI_HEADER = 'X-Confirm-Quasi-Identifiers';

/** A quasi-identifier the counsellor confirmed: its span and the text it had then. */
export interface Confirmation {
  start: number;
  end: number;
  text: string;
}

/** A finding as the field shows it: from the browser's scan, or from the API's refusal. */
export interface FieldFinding extends Finding {
  source: 'scan' | 'server';
}

/** One change of the text: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The smallest edit that turns `before` into `after` (common prefix and suffix kept), or null. */
export function diffText(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (
    suffix < limit - start &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/**
 * Moves spans over one edit: spans before it stay, spans after it shift, spans the edit
 * touches inside are dropped (their text changed). Typing right before or after a span
 * keeps it; whether it still is the same finding the next scan decides.
 */
export function shiftSpans<T extends { start: number; end: number }>(spans: readonly T[], edit: TextEdit | null): T[] {
  if (!edit) return [...spans];
  const delta = edit.newEnd - edit.oldEnd;
  const result: T[] = [];
  for (const span of spans) {
    if (span.end <= edit.start) {
      result.push(span);
    } else if (span.start >= edit.oldEnd) {
      result.push({ ...span, start: span.start + delta, end: span.end + delta });
    }
    // Otherwise the edit changed text inside the span: drop it.
  }
  return result;
}

/** Moves spans over several edits of one change, given left to right in the old text. */
export function shiftSpansOver<T extends { start: number; end: number }>(spans: readonly T[], edits: readonly TextEdit[]): T[] {
  // Right to left, so that the offsets of the edits still to apply stay valid.
  return [...edits].sort((a, b) => b.start - a.start).reduce<T[]>((current, edit) => shiftSpans(current, edit), [...spans]);
}

/**
 * Confirmations that still hold in `text`: moved over the edits, and void when the text of
 * their span is no longer what the counsellor confirmed.
 */
export function carryConfirmations(
  confirmations: readonly Confirmation[],
  edits: readonly TextEdit[],
  text: string,
): Confirmation[] {
  return shiftSpansOver(confirmations, edits).filter((c) => text.slice(c.start, c.end) === c.text);
}

/** Whether this finding is exactly a confirmed span (the API wants exactly those spans). */
export function isConfirmed(finding: Pick<Finding, 'start' | 'end' | 'level'>, confirmations: readonly Confirmation[]): boolean {
  return finding.level === 'quasi' && confirmations.some((c) => c.start === finding.start && c.end === finding.end);
}

/** Confirmations that match a quasi-identifier found in the current text; the rest no longer count. */
export function liveConfirmations(confirmations: readonly Confirmation[], findings: readonly Finding[]): Confirmation[] {
  return confirmations.filter((c) => findings.some((f) => f.level === 'quasi' && f.start === c.start && f.end === c.end));
}

/** Adds (or keeps) a confirmation of a quasi-identifier in `text`; direct identifiers cannot be confirmed. */
export function addConfirmation(confirmations: readonly Confirmation[], finding: Finding, text: string): Confirmation[] {
  if (finding.level !== 'quasi' || isConfirmed(finding, confirmations)) return [...confirmations];
  const added = { start: finding.start, end: finding.end, text: text.slice(finding.start, finding.end) };
  return [...confirmations, added].sort((a, b) => a.start - b.start);
}

export function removeConfirmation(confirmations: readonly Confirmation[], finding: Pick<Finding, 'start' | 'end'>): Confirmation[] {
  return confirmations.filter((c) => c.start !== finding.start || c.end !== finding.end);
}

/** `field:start-end` tokens, one per confirmation, in text order. */
export function confirmationTokens(field: string, confirmations: readonly Confirmation[]): string[] {
  return [...confirmations].sort((a, b) => a.start - b.start).map((c) => `${field}:${c.start}-${c.end}`);
}

/** The header value for tokens of one or more fields, or undefined when there is nothing to confirm. */
export function confirmHeaderValue(tokens: readonly string[]): string | undefined {
  return tokens.length > 0 ? tokens.join(',') : undefined;
}

/** Edits `mask()` makes when it replaces these (non-overlapping) findings by their placeholders. */
export function maskEdits(findings: readonly Finding[], categories: CategoryTable): TextEdit[] {
  return [...findings]
    .sort((a, b) => a.start - b.start)
    .map((f) => ({ start: f.start, oldEnd: f.end, newEnd: f.start + categories[f.category].token.length }));
}

/**
 * The findings of one field in an API refusal (`422 identifiers_found`, `problem.errors`):
 * entries with a known category and a span inside the text; those naming another field are left out.
 */
export function serverFindingsFor(
  field: string | undefined,
  errors: readonly unknown[] | undefined,
  text: string,
  categories: CategoryTable,
): FieldFinding[] {
  const result: FieldFinding[] = [];
  for (const error of errors ?? []) {
    if (typeof error !== 'object' || error === null) continue;
    const e = error as Record<string, unknown>;
    if (field !== undefined && e['field'] !== undefined && e['field'] !== field) continue;
    const { start, end, category } = e;
    const known = typeof category === 'string' && Object.prototype.hasOwnProperty.call(categories, category);
    if (typeof start !== 'number' || typeof end !== 'number' || !known) continue;
    if (start < 0 || end <= start || end > text.length) continue;
    const pii = category as PiiCategory;
    result.push({ start, end, category: pii, level: categories[pii].level, source: 'server' });
  }
  return result;
}

/** The browser's findings plus the API's that the browser did not find itself, in text order, never overlapping. */
export function mergeFindings(scanned: readonly Finding[], server: readonly FieldFinding[]): FieldFinding[] {
  const merged: FieldFinding[] = scanned.map((f) => ({ ...f, source: 'scan' }));
  for (const finding of server) {
    if (!merged.some((f) => f.start < finding.end && finding.start < f.end)) merged.push(finding);
  }
  return merged.sort((a, b) => a.start - b.start);
}

/** A piece of the text for the highlight layer: plain, or a finding (confirmed or not). */
export interface TextSegment {
  text: string;
  finding?: FieldFinding;
  confirmed?: boolean;
}

/** Cuts the text into plain and highlighted pieces; findings outside the text are ignored. */
export function segmentText(text: string, findings: readonly FieldFinding[], confirmations: readonly Confirmation[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at || finding.end > text.length) continue;
    if (finding.start > at) segments.push({ text: text.slice(at, finding.start) });
    segments.push({ text: text.slice(finding.start, finding.end), finding, confirmed: isConfirmed(finding, confirmations) });
    at = finding.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
