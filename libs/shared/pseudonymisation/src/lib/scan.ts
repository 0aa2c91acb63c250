import { CATEGORY_INFO, type Finding, type PiiCategory } from './categories';
import { findAddresses } from './detectors/address';
import { findCaseCodes } from './detectors/case-code';
import { AGE, findDates } from './detectors/dates';
import {
  findContextHandles,
  findForeignPlates,
  findForeignPostcodes,
  findLabelledIdNumbers,
  findLongNumbers,
  findNationalNumbers,
} from './detectors/identifiers';
import { findLexical } from './detectors/names';
import {
  findAllowedShortNumbers,
  findBsns,
  findIbans,
  findIpAddresses,
  findLicencePlates,
  findPhones,
  findPostcodes,
} from './detectors/numbers';
import type { Candidate, Span } from './detectors/types';
import { findEmails, findHandles, findUrls } from './detectors/web';
import { normalise } from './normalise';
import { tokenise } from './text/tokens';

/** Which finding wins when two overlap: direct before quasi, then this order. */
const PRIORITY: Readonly<Record<PiiCategory, number>> = {
  email: 100,
  url: 95,
  iban: 90,
  ip_address: 88,
  handle: 85,
  phone: 80,
  bsn: 78,
  id_number: 76,
  date_of_birth: 75,
  licence_plate: 70,
  postcode: 68,
  street_address: 65,
  person_name: 60,
  possible_name: 45,
  date: 40,
  institution: 35,
  place: 30,
};

function strength(category: PiiCategory): number {
  return (CATEGORY_INFO[category].level === 'direct' ? 1000 : 0) + PRIORITY[category];
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Finds direct identifiers and quasi-identifiers in Dutch or English text.
 *
 * Offsets are UTF-16 code units into `text` as given (not the normalised text),
 * sorted by start and never overlapping.
 */
export function scan(text: string): Finding[] {
  if (text.length === 0) return [];
  const normalised = normalise(text);
  const t = normalised.text;
  const found = t.length <= CHUNK_SIZE ? detect(t) : detectInChunks(t);
  return found.map((candidate) => {
    const span = normalised.toOriginal(candidate.start, candidate.end);
    return {
      start: span.start,
      end: span.end,
      category: candidate.category,
      level: CATEGORY_INFO[candidate.category].level,
    };
  });
}

/** Notes are a few thousand characters; anything much longer is cut into pieces. */
const CHUNK_SIZE = 16_000;
/** Context on both sides of a piece: cues before a name, the rest of a finding after it. */
const CHUNK_CONTEXT = 400;

/**
 * Huge input is scanned piece by piece, each with some context around it, so
 * that memory and garbage stay small and the time stays linear. A piece ends
 * at a line break or a space where possible, so nothing is cut in two.
 */
function detectInChunks(t: string): Candidate[] {
  const all: Candidate[] = [];
  let start = 0;
  while (start < t.length) {
    let end = Math.min(t.length, start + CHUNK_SIZE);
    if (end < t.length) {
      // Only look back over the second half of the piece, so finding a cut stays cheap.
      const floor = start + CHUNK_SIZE / 2;
      let lineBreak = -1;
      let space = -1;
      for (let i = end; i > floor && lineBreak < 0; i--) {
        if (t[i] === '\n') lineBreak = i;
        else if (space < 0 && t[i] === ' ') space = i;
      }
      if (lineBreak >= 0) end = lineBreak + 1;
      else if (space >= 0) end = space + 1;
    }
    const from = Math.max(0, start - CHUNK_CONTEXT);
    const to = Math.min(t.length, end + CHUNK_CONTEXT);
    for (const candidate of detect(t.slice(from, to))) {
      const absolute = {
        ...candidate,
        start: candidate.start + from,
        end: candidate.end + from,
      };
      if (absolute.start >= start && absolute.start < end) all.push(absolute);
    }
    start = end;
  }
  return resolve(all);
}

/** All detectors over one (normalised) text; resolved, sorted candidates. */
function detect(t: string): Candidate[] {
  const claimed = new Uint8Array(t.length);
  const allowed = new Uint8Array(t.length);
  const tokens = tokenise(t);
  for (const span of [...findCaseCodes(t, tokens), ...findAllowedShortNumbers(t)]) allowed.fill(1, span.start, span.end);

  const candidates: Candidate[] = [];
  const add = (found: readonly Candidate[]): void => {
    for (const candidate of found) {
      if (candidate.end <= candidate.start) continue;
      // A house number may look like 112; everything else must stay clear of allowed text.
      if (candidate.category !== 'street_address' && overlapsMask(allowed, candidate.start, candidate.end)) continue;
      candidates.push(candidate);
      claimed.fill(1, candidate.start, candidate.end);
    }
  };

  add(findEmails(t));
  add(findUrls(t));
  add(findHandles(t, tokens));
  add(findContextHandles(t));
  add(findIpAddresses(t));
  add(findIbans(t));
  add(findDates(t));
  add(findLicencePlates(t, tokens));
  add(findLabelledIdNumbers(t));
  add(findNationalNumbers(t));
  add(findPhones(t, union(claimed, allowed)));
  add(findBsns(t));
  add(findPostcodes(t));
  add(findForeignPostcodes(t));
  add(findForeignPlates(t));
  add(findLongNumbers(t));
  add(findAddresses(t, tokens));
  const addressEnds = new Set<number>();
  for (const c of candidates) {
    if (c.category === 'street_address' || c.category === 'postcode') {
      const after = /^,?\s{1,2}/.exec(t.slice(c.end, c.end + 3));
      if (after !== null) addressEnds.add(c.end + after[0].length);
    }
  }
  add(findLexical(t, tokens, union(claimed, allowed), addressEnds).findings);

  const resolved = resolve(candidates);
  markBirthDates(t, resolved);
  return resolved;
}

function overlapsMask(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i] === 1) return true;
  return false;
}

function union(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] | b[i];
  return out;
}

/**
 * Keeps the strongest of overlapping candidates. A weaker direct identifier
 * that sticks out of a stronger one widens it, so no part of it stays visible.
 * Candidates are first cut into clusters of mutually overlapping spans, so the
 * work stays linear in the number of candidates.
 */
function resolve(candidates: readonly Candidate[]): Candidate[] {
  const byStart = [...candidates].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) out.push({ ...cluster[0] });
    else if (cluster.length > 1) out.push(...resolveCluster(cluster));
    cluster = [];
  };
  for (const candidate of byStart) {
    if (candidate.start >= clusterEnd) {
      flush();
      clusterEnd = candidate.end;
    } else {
      clusterEnd = Math.max(clusterEnd, candidate.end);
    }
    cluster.push(candidate);
  }
  flush();
  return out;
}

function resolveCluster(cluster: readonly Candidate[]): Candidate[] {
  const ordered = [...cluster].sort(
    (x, y) => strength(y.category) - strength(x.category) || y.end - y.start - (x.end - x.start) || x.start - y.start,
  );
  const accepted: Candidate[] = [];
  for (const candidate of ordered) {
    const clashing = accepted.filter((other) => overlaps(other, candidate));
    if (clashing.length === 0) {
      accepted.push({ ...candidate });
    } else if (CATEGORY_INFO[candidate.category].level === 'direct') {
      for (const other of clashing) {
        other.start = Math.min(other.start, candidate.start);
        other.end = Math.max(other.end, candidate.end);
      }
    }
  }
  accepted.sort((x, y) => x.start - y.start);
  // Widening can make accepted spans overlap each other: merge, keeping the stronger.
  const merged: Candidate[] = [];
  for (const candidate of accepted) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && candidate.start < previous.end) {
      previous.end = Math.max(previous.end, candidate.end);
      if (strength(candidate.category) > strength(previous.category)) previous.category = candidate.category;
      continue;
    }
    merged.push(candidate);
  }
  return merged;
}

/**
 * Between a name and its date of birth: a bracket or comma, perhaps an age ("Daan, 14, …",
 * "Daan (14 jaar, …") and a birth word.
 */
const NAME_TO_BIRTH_DATE = new RegExp(String.raw`^\s?(?:\(|,)\s?(?:${AGE}\s?[,;]\s?)?(?:geb\.?|geboren|born|b\.)?\s?$`, 'iu');

/**
 * "Kinderen: Daan 12-03-2011, Lisa 4-5-2013", "Daan: 12-03-2011", "Daan – 12-03-2011": a date right
 * after a person's name as a register lists them. Only after a name that is direct already, so a note
 * it makes refused was refused anyway.
 */
const NAME_THEN_DATE = /^ ?(?:[:-] ?)?$/u;

/** "Daan (2010)", "Daan (*2010)": a year alone in brackets right after a name, perhaps with the star of a register. */
const BRACKETED_YEAR_AFTER = /^ ?\(\*?((?:19|20)\d{2})\)/;

/**
 * "Daan (12-03-2011)", "Daan, 12-03-2011", "Daan, 14, 12-03-2011": a full date right after a name
 * (or a word that may be one) is a date of birth; so is a year in brackets, "Daan (2010)".
 */
function markBirthDates(text: string, findings: Candidate[]): void {
  for (let i = findings.length - 1; i >= 0; i--) {
    const name = findings[i];
    if (name.category !== 'person_name' && name.category !== 'possible_name') continue;
    const year = BRACKETED_YEAR_AFTER.exec(text.slice(name.end, name.end + 9));
    if (year === null) continue;
    const end = name.end + year[0].length - 1;
    const next = findings[i + 1];
    if (next === undefined || next.start >= end + 1) findings.splice(i + 1, 0, { start: end - 4, end, category: 'date_of_birth' });
  }
  for (let i = 1; i < findings.length; i++) {
    const current = findings[i];
    const previous = findings[i - 1];
    if (current.category !== 'date' || (previous.category !== 'person_name' && previous.category !== 'possible_name')) continue;
    const gap = text.slice(previous.end, Math.min(current.start, previous.end + 25));
    if (NAME_TO_BIRTH_DATE.test(gap) || (previous.category === 'person_name' && NAME_THEN_DATE.test(gap)))
      current.category = 'date_of_birth';
  }
}
