import type { ContactFields, DraftConflict, ProblemDetails } from '@leidraad/shared/domain';

export type DraftField = keyof ContactFields;
const FIELDS: readonly DraftField[] = ['summary', 'channel', 'startedAt', 'endedAt', 'outcome', 'referrals'];

function same(field: DraftField, a: ContactFields, b: ContactFields): boolean {
  if (field === 'referrals') return [...a.referrals].sort().join() === [...b.referrals].sort().join();
  if (field === 'summary') return (a.summary ?? '') === (b.summary ?? '');
  if (field === 'startedAt' || field === 'endedAt') {
    const x = a[field];
    const y = b[field];
    return x === y || (x !== null && y !== null && Date.parse(x) === Date.parse(y));
  }
  return a[field] === b[field];
}

/** The fields in which two versions of a draft differ, the note first. */
export function differingFields(mine: ContactFields, theirs: ContactFields): DraftField[] {
  return FIELDS.filter((field) => !same(field, mine, theirs));
}

/** Whether two versions say the same (then a conflict is only a tab's own save coming back). */
export function sameDraft(a: ContactFields, b: ContactFields): boolean {
  return differingFields(a, b).length === 0;
}

/** A starting point for merging the notes by hand: one text when one holds the other, else both. */
export function combinedNote(mine: string | null, theirs: string | null, separator: string): string {
  const a = (mine ?? '').trim();
  const b = (theirs ?? '').trim();
  if (b === '' || a.includes(b)) return mine ?? '';
  if (a === '' || b.includes(a)) return theirs ?? '';
  return `${a}\n\n${separator}\n${b}`;
}

/** Merged by hand: the note as written; other fields mine where I filled them, else theirs; referrals of both. */
export function mergedDraft(mine: ContactFields, theirs: ContactFields, summary: string): ContactFields {
  return {
    channel: mine.channel ?? theirs.channel,
    startedAt: mine.startedAt ?? theirs.startedAt,
    endedAt: mine.endedAt ?? theirs.endedAt,
    summary,
    outcome: mine.outcome ?? theirs.outcome,
    referrals: [...new Set([...mine.referrals, ...theirs.referrals])],
  };
}

/** The contact fields of a version that carries more (the server's `DraftVersion`). */
export function fieldsOnly(version: ContactFields): ContactFields {
  const { channel, startedAt, endedAt, summary, outcome, referrals } = version;
  return { channel, startedAt, endedAt, summary, outcome, referrals };
}

/** The 409 of a save that started from an older revision (it carries the stored version), or undefined. */
export function draftConflictOf(problem: ProblemDetails): DraftConflict | undefined {
  const current = problem['current'];
  if (problem.status !== 409 || typeof current !== 'object' || current === null) return undefined;
  return { currentRevision: problem['currentRevision'] as number, current: current as DraftConflict['current'] };
}
