import type { CaseAuditReason } from '@leidraad/shared/domain';

/**
 * The one place that reads the `reason` column of a case's audit events for the trail: the
 * server writes English system text (for logs and `audit:verify`), the trail shows translated
 * keys with parameters, ids as names, and a staff member's own reason as they typed it.
 */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const FIXED: Record<string, string> = {
  'not assigned and no access granted': 'notAssigned',
  'no such case': 'noSuchCase',
  'no reason given for a colleague’s case': 'noReasonGiven',
  'case is closed': 'caseClosed',
  'no such contact in this case': 'noSuchContact',
  'no such contact': 'noSuchContact',
  'no access': 'noAccess',
  'already final': 'alreadyFinal',
  'still a draft': 'stillDraft',
  'no changes': 'noChanges',
  'code word': 'byCodeWord',
};

const PATTERNS: {
  pattern: RegExp;
  key: string;
  params: (m: RegExpExecArray, name: (id: string) => string) => Record<string, string | number>;
}[] = [
  {
    pattern: /^stale version (\d+) \(current (\d+)\)$/,
    key: 'staleVersion',
    params: (m) => ({ sent: Number(m[1]), current: Number(m[2]) }),
  },
  {
    pattern: /^stale revision (\d+) \(stored (\d+)\)$/,
    key: 'staleVersion',
    params: (m) => ({ sent: Number(m[1]), current: Number(m[2]) }),
  },
  { pattern: /^changed: (.+)$/, key: 'changed', params: (m) => ({ fields: m[1] ?? '' }) },
  { pattern: /^corrected: (.+)$/, key: 'corrected', params: (m) => ({ fields: m[1] ?? '' }) },
  {
    pattern: new RegExp(`^to (${UUID}); (\\d+) draft contact\\(s\\)$`),
    key: 'handedOver',
    params: (m, name) => ({ name: name(m[1] ?? ''), drafts: Number(m[2]) }),
  },
  { pattern: /^version (\d+): /, key: 'planVersion', params: (m) => ({ number: Number(m[1]) }) },
  { pattern: /^([a-z_]+): already set$/, key: 'flagAlreadySet', params: (m) => ({ flag: m[1] ?? '' }) },
  { pattern: /^([a-z_]+): not set$/, key: 'flagNotSet', params: (m) => ({ flag: m[1] ?? '' }) },
];

/** The grounds every case-scoped event starts with (see `withGrounds` in libs/api/case-access). */
const GROUNDS = /^access=[a-z]+(?:; |$)/;

/** A colleague's case opened with a reason: its category (the note is kept encrypted elsewhere). */
const BREAK_GLASS = /^reason ([a-z_]+)(?: \(with a note\))?$/;

/** Actions whose reason is typed by a staff member (free text, checked for identifiers when given). */
const GIVEN_BY_STAFF = new Set(['case.read', 'case.reassign']);

/**
 * The reason a staff member gave for opening a case that is not theirs (break the glass), or
 * null. Kept apart so a change to how that reason is written (e.g. a category before the text)
 * lands in one function.
 */
export function breakGlassReason(action: string, outcome: string, reason: string | null): string | null {
  if (!reason || outcome !== 'success' || !GIVEN_BY_STAFF.has(action)) return null;
  if (FIXED[reason] || PATTERNS.some(({ pattern }) => pattern.test(reason))) return null;
  return reason;
}

/** The reason of an audit event as the trail shows it; `name` turns a staff id into a display name. */
export function caseAuditReason(
  action: string,
  outcome: string,
  stored: string | null,
  name: (id: string) => string,
): CaseAuditReason | null {
  // Events in a case's scope start with the grounds of access (`access=grant; …`): the trail
  // shows those as "assigned or not", so only the event's own reason is left to say.
  const reason = stored?.replace(GROUNDS, '') || null;
  if (!reason) return null;
  const breakGlass = BREAK_GLASS.exec(reason);
  if (breakGlass) return { kind: 'system', key: `breakGlass_${breakGlass[1]}` };
  const given = breakGlassReason(action, outcome, reason);
  if (given) return { kind: 'given', text: given };
  const fixed = FIXED[reason];
  if (fixed) return { kind: 'system', key: fixed };
  for (const { pattern, key, params } of PATTERNS) {
    const match = pattern.exec(reason);
    if (match) return { kind: 'system', key, params: params(match, name) };
  }
  if (action === 'case.risk_flag_set' || action === 'case.risk_flag_clear')
    return { kind: 'system', key: 'flag', params: { flag: reason } };
  // Text this version does not know is not shown: it is the server's own wording, in English.
  return { kind: 'system', key: 'other' };
}
