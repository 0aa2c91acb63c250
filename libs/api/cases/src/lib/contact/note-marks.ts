import { DomainError } from '@leidraad/api/core';
import type { FieldError, NoteMark } from '@leidraad/shared/domain';
import { isDismissible, type Finding, type PiiCategory } from '@leidraad/shared/pseudonymisation';

/** A mark checked against the detector's own scan of the note, with the finding's category. */
export interface CheckedMark extends NoteMark {
  category: PiiCategory;
}

/**
 * Checks the counsellor's marks against `findings`, the detector's own scan of the summary. A mark
 * stays only where it is exactly a quasi-identifier's span; one that no longer matches (the
 * text moved on between scans) is dropped, as the web drops it at its next scan. A dismissal of
 * a finding that may not be dismissed (a phone number, e-mail, BSN, a sure name…) is refused,
 * naming it: the client's word decides nothing.
 */
export function checkNoteMarks(findings: readonly Finding[], marks: readonly NoteMark[]): CheckedMark[] {
  if (marks.length === 0) return [];
  const errors: FieldError[] = [];
  const checked = new Map<string, CheckedMark>();
  marks.forEach((mark, index) => {
    const finding: Finding | undefined = findings.find((f) => f.start === mark.start && f.end === mark.end);
    if (!finding) return;
    if (mark.kind === 'dismissed' && !isDismissible(finding)) {
      errors.push({
        field: `noteMarks[${index}]`,
        code: 'not_dismissible',
        message: `a ${finding.category.replace(/_/g, ' ')} is personal data and cannot be dismissed; mask it`,
      });
    } else if (finding.level === 'quasi' && !checked.has(`${mark.start}-${mark.end}`)) {
      checked.set(`${mark.start}-${mark.end}`, { start: mark.start, end: mark.end, kind: mark.kind, category: finding.category });
    }
  });
  if (errors.length > 0) throw new DomainError('validation_failed', 'A finding that identifies someone cannot be dismissed.', errors);
  return [...checked.values()].sort((a, b) => a.start - b.start);
}

/**
 * The dismissals that are new in this save: compared by category and marked text with the
 * stored ones (a dismissal that only moved because text was typed before it is not new).
 * `before.findings`: the scan of the stored summary (needed only when it has dismissals).
 */
export function newDismissals(
  before: { summary: string | null; marks: readonly NoteMark[]; findings: readonly Finding[] },
  after: { summary: string | null; marks: readonly CheckedMark[] },
): CheckedMark[] {
  const known = new Map<string, number>();
  const oldText = before.summary ?? '';
  const oldFindings = before.findings;
  for (const mark of before.marks) {
    if (mark.kind !== 'dismissed') continue;
    const finding = oldFindings.find((f) => f.start === mark.start && f.end === mark.end);
    if (!finding) continue;
    const key = `${finding.category}:${oldText.slice(mark.start, mark.end)}`;
    known.set(key, (known.get(key) ?? 0) + 1);
  }
  const newText = after.summary ?? '';
  return after.marks.filter((mark) => {
    if (mark.kind !== 'dismissed') return false;
    const key = `${mark.category}:${newText.slice(mark.start, mark.end)}`;
    const left = known.get(key) ?? 0;
    if (left > 0) {
      known.set(key, left - 1);
      return false;
    }
    return true;
  });
}
