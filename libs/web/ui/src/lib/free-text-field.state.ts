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

/**
 * A quasi-identifier the counsellor confirmed (or, `dismissed`, marked as not personal data at
 * all — "Geen persoonsgegeven"): its span and the text it had then. Both let the text through
 * the API's check the same way; a dismissal is also audited and counted as a detector miss.
 */
export interface Confirmation {
  start: number;
  end: number;
  text: string;
  dismissed?: boolean;
}

/** A confirmation as the API keeps it with a draft (see `NoteMark` in @leidraad/shared/domain). */
export interface FindingMark {
  start: number;
  end: number;
  kind: 'confirmed' | 'dismissed';
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
  while (suffix < limit - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
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
export function carryConfirmations(confirmations: readonly Confirmation[], edits: readonly TextEdit[], text: string): Confirmation[] {
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

/** Marks a quasi-identifier as not personal data (or turns its confirmation into that). */
export function addDismissal(confirmations: readonly Confirmation[], finding: Finding, text: string): Confirmation[] {
  if (finding.level !== 'quasi') return [...confirmations];
  const rest = removeConfirmation(confirmations, finding);
  const added = { start: finding.start, end: finding.end, text: text.slice(finding.start, finding.end), dismissed: true };
  return [...rest, added].sort((a, b) => a.start - b.start);
}

/** The confirmations and dismissals as the API keeps them with a draft. */
export function toMarks(confirmations: readonly Confirmation[]): FindingMark[] {
  return [...confirmations]
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ start: c.start, end: c.end, kind: c.dismissed ? 'dismissed' : 'confirmed' }));
}

/** Marks kept with a draft, back as confirmations of `text` (marks outside it are dropped). */
export function fromMarks(marks: readonly FindingMark[], text: string): Confirmation[] {
  return marks
    .filter((m) => m.start >= 0 && m.end > m.start && m.end <= text.length)
    .map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), ...(m.kind === 'dismissed' ? { dismissed: true } : {}) }));
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

/**
 * Edits `mask()` makes when it replaces these (non-overlapping) findings by their placeholders:
 * the Dutch tokens of `categories`, or those `token` gives (English).
 */
export function maskEdits(findings: readonly Finding[], categories: CategoryTable, token?: (category: PiiCategory) => string): TextEdit[] {
  const tokenOf = token ?? ((category: PiiCategory) => categories[category].token);
  return [...findings]
    .sort((a, b) => a.start - b.start)
    .map((f) => ({ start: f.start, oldEnd: f.end, newEnd: f.start + tokenOf(f.category).length }));
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

/** A piece of the text for the highlight layer: plain, a finding (confirmed or not), or a placeholder of a restored refusal. */
export interface TextSegment {
  text: string;
  finding?: FieldFinding;
  confirmed?: boolean;
  restored?: boolean;
}

/** A span of the text, e.g. a placeholder put in where a restored, refused text had an identifier. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Cuts the text into plain and highlighted pieces; findings and spans outside the text, or overlapping others, are ignored. */
export function segmentText(
  text: string,
  findings: readonly FieldFinding[],
  confirmations: readonly Confirmation[],
  restored: readonly TextSpan[] = [],
): TextSegment[] {
  const marks = [
    ...findings.map((finding) => ({ start: finding.start, end: finding.end, finding })),
    ...restored.map((span) => ({ start: span.start, end: span.end, finding: undefined })),
  ].sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at || mark.end > text.length || mark.end <= mark.start) continue;
    if (mark.start > at) segments.push({ text: text.slice(at, mark.start) });
    const piece = text.slice(mark.start, mark.end);
    segments.push(
      mark.finding
        ? { text: piece, finding: mark.finding, confirmed: isConfirmed(mark.finding, confirmations) }
        : { text: piece, restored: true },
    );
    at = mark.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
