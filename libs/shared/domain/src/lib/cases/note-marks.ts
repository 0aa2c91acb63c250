/**
 * A counsellor's decision about one finding of the identifier detector in a draft's note:
 * `confirmed` — a quasi-identifier that may stay ("Bevestigen"); `dismissed` — not personal
 * data at all ("Geen persoonsgegeven", audited, and a signal that the detector needs work).
 * Kept with the draft as spans in the note (offsets in UTF-16 code units, never the text).
 */
export const NOTE_MARK_KINDS = ['confirmed', 'dismissed'] as const;
export type NoteMarkKind = (typeof NOTE_MARK_KINDS)[number];

export interface NoteMark {
  start: number;
  end: number;
  kind: NoteMarkKind;
}

/** The most marks one note keeps (a guard against a flood, far above a real note's findings). */
export const NOTE_MARKS_MAX = 200;
