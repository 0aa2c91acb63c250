import type { Role } from '@leidraad/shared/domain';

/**
 * Who may call which route, in one table (issue 8). Keys are `METHOD /path` exactly as Fastify
 * registers them (global prefix included). `permission-matrix.int-spec.ts` fails when a live
 * route is missing here, when a row names a route that does not exist, when a route's
 * `@Roles()`/`@Public()`/`@RequireStepUp()`/`@DuringSecondFactor()` disagree with its row; and
 * it calls every row as anonymous, counsellor (own and a colleague's record), supervisor and
 * admin, expecting what the row says — refusals audited, with nothing written.
 *
 * `roles` is what the global SessionGuard enforces (403 `access.denied`, audited; anonymous 401).
 * `ownership` is what the service checks after it, for the roles that pass the guard:
 */
export type Ownership =
  /** No record of someone else is named; lists are narrowed to what the caller may see. */
  | 'none'
  /** Acts only on the signed-in staff member's own account, session or feed. */
  | 'self'
  /**
   * The case in the path (or the `caseCode` in the body, or the case of the named referral):
   * a counsellor only for a case assigned to them, or one they opened by code with a reason in
   * the last 12 hours; supervisors every case. Refused as 404, exactly like an unknown case (its
   * existence is never revealed), audited as `denied`.
   */
  | 'own-case'
  /**
   * Any case by its exact code (in the body); a counsellor opening a colleague's case must give
   * a `reason` (403 with `reasonRequired: true` otherwise, audited). With a reason it is audited
   * and grants 12 hours of `own-case` access.
   */
  | 'any-case-with-reason'
  /** Only supervisors pass the guard, and they may act on every case. */
  | 'any-case'
  /**
   * The staff member in the path or query (`:staffId`, `?counsellorId=`, `?assigneeId=`): a counsellor only
   * their own; supervisors anyone's. Refused as 403, audited.
   */
  | 'own-record'
  /**
   * An appointment: a counsellor only one they hold or of a case they may open (`own-case`);
   * supervisors all. Refused as 404, audited.
   */
  | 'own-appointment'
  /** A review remark: only the staff member it is addressed to. Refused as 404, audited. */
  | 'addressee'
  /**
   * Peer-group work: any counsellor or supervisor, for any case enrolled in (or waiting for)
   * a group — groups are run across caseloads and show case codes only.
   */
  | 'group'
  /** Public, but answers only to an unguessable token in the URL (404 otherwise). */
  | 'secret-link';

/** The status a counsellor gets for someone else's record, per ownership kind (`null`: none). */
export const OWNERSHIP_REFUSAL: Readonly<Record<Ownership, 403 | 404 | null>> = {
  none: null,
  self: null,
  'own-case': 404,
  'any-case-with-reason': 403,
  'any-case': null,
  'own-record': 403,
  'own-appointment': 404,
  addressee: 404,
  group: null,
  'secret-link': null,
};

export interface RoutePermission {
  /** The roles the guard lets through, or `'public'` (signed in or not). */
  readonly roles: readonly Role[] | 'public';
  readonly ownership: Ownership;
  /**
   * Needs a second factor given within the last 15 minutes (`@RequireStepUp()`): refused with
   * 403 `step_up_required` otherwise, audited. Staff without a second factor are always refused.
   */
  readonly stepUp?: true;
  /**
   * Also serves a session that has the password but still owes the second factor
   * (`@DuringSecondFactor()`); every other route refuses such a session.
   */
  readonly duringSecondFactor?: true;
  /** Served by a Fastify plugin, not a Nest controller: the guard never runs, so it must be public. */
  readonly plugin?: true;
}

const C = 'counsellor';
const S = 'supervisor';
const A = 'admin';

const pub = (ownership: Ownership = 'none'): RoutePermission => ({ roles: 'public', ownership });
// Public as the matrix runs (development). With LEIDRAAD_API_DOCS=staff, the production default, a
// hook lets only signed-in staff in (apps/api/src/app/api-docs.ts; api-docs-access.int-spec.ts).
const docs: RoutePermission = { roles: 'public', ownership: 'none', plugin: true };
const only = (
  roles: readonly Role[],
  ownership: Ownership,
  extra: Pick<RoutePermission, 'stepUp' | 'duringSecondFactor'> = {},
): RoutePermission => ({
  roles,
  ownership,
  ...extra,
});
const stepUp = { stepUp: true } as const;
const pending = { duringSecondFactor: true } as const;

// One aligned line per route: keep it a table.
// prettier-ignore
export const PERMISSION_MATRIX: Readonly<Record<string, RoutePermission>> = {
  // Infrastructure
  'GET /api/health':                                          pub(),
  'GET /api/docs':                                            docs,
  'GET /api/docs/':                                           docs,
  'GET /api/docs/*':                                          docs,
  'GET /api/docs/index.html':                                 docs,
  'GET /api/docs/LICENSE':                                    docs,
  'GET /api/docs/swagger-ui-init.js':                         docs,
  'GET /api/docs/docs/swagger-ui-init.js':                    docs,
  'GET /api/docs-json':                                       docs,
  'GET /api/docs-yaml':                                       docs,

  // Sign-in and the signed-in staff member
  'POST /api/auth/login':                                     pub(),
  'GET /api/auth/me':                                         only([C, S, A], 'self'),
  'GET /api/auth/session':                                    only([C, S, A], 'self'),
  'PUT /api/auth/session/helpline':                           only([C, S, A], 'self'),
  'GET /api/helplines':                                       only([C, S, A], 'self'),
  // Admins pass the guard; only a platform admin (staff.platform_admin) may create: 403 otherwise, audited.
  'POST /api/helplines':                                      only([A], 'none'),
  // Likewise: every helpline's profile and staff counts for a platform admin, 403 (audited) for other admins.
  'GET /api/platform/helplines':                              only([A], 'none'),
  // The session's helpline only: the id comes from the session, so an admin of B never reaches A.
  'GET /api/helplines/current':                               only([A], 'none'),
  'PUT /api/helplines/current':                               only([A], 'none'),
  'POST /api/auth/logout':                                    only([C, S, A], 'self', pending),
  'GET /api/auth/second-factor':                              only([C, S, A], 'self', pending),
  'POST /api/auth/second-factor/enrolment':                   only([C, S, A], 'self', pending),
  'POST /api/auth/second-factor/enrolment/confirm':           only([C, S, A], 'self', pending),
  'POST /api/auth/second-factor/verify':                      only([C, S, A], 'self', pending),
  'POST /api/auth/second-factor/recovery-codes':              only([C, S, A], 'self', stepUp),
  'POST /api/me/calendar-feed':                               only([C, S], 'self'),
  'DELETE /api/me/calendar-feed':                             only([C, S], 'self'),
  'GET /api/calendar/:file':                                  pub('secret-link'),

  // Administration (no case content)
  'GET /api/staff':                                           only([A], 'none'),
  'POST /api/staff':                                          only([A], 'none'),
  'PATCH /api/staff/:id':                                     only([A], 'none'),
  'POST /api/staff/:id/unlock':                               only([A], 'none'),
  'POST /api/staff/:id/password':                             only([A], 'none'),
  'POST /api/staff/:id/second-factor/reset':                  only([A], 'none'),
  'GET /api/settings':                                        only([A], 'none'),
  'GET /api/colleagues':                                      only([C, S], 'none'),
  'GET /api/guide':                                           only([C, S, A], 'none'),
  'POST /api/pseudonymisation/scan':                          only([C, S, A], 'none'),

  // Cases
  'GET /api/cases':                                           only([C, S], 'own-record'),
  'POST /api/cases':                                          only([C, S], 'none'),
  'GET /api/cases/today':                                     only([C, S], 'self'),
  'POST /api/cases/lookup':                                   only([C, S], 'any-case-with-reason'),
  'POST /api/cases/code-word-lookups':                        only([C, S], 'none'),
  'GET /api/cases/:id':                                       only([C, S], 'own-case'),
  'PATCH /api/cases/:id':                                     only([C, S], 'own-case'),
  'POST /api/cases/:id/risk-flags':                           only([C, S], 'own-case'),
  'POST /api/cases/:id/risk-flags/:flag/clear':               only([C, S], 'own-case'),
  'POST /api/cases/:id/handovers':                            only([C, S], 'own-case'),
  'GET /api/cases/:id/handovers/appointments':                only([C, S], 'own-case'),
  // Also answers whoever handed the case over (to whom, when; nothing else): see HandoverService.
  'GET /api/cases/:id/handed-over':                           only([C, S], 'own-case'),
  'GET /api/cases/:id/contacts':                              only([C, S], 'own-case'),
  'POST /api/cases/:id/contacts':                             only([C, S], 'own-case'),
  'GET /api/cases/:id/contacts/:contactId':                   only([C, S], 'own-case'),
  'PUT /api/cases/:id/contacts/:contactId/draft':             only([C, S], 'own-case'),
  'POST /api/cases/:id/contacts/:contactId/finalise':         only([C, S], 'own-case'),
  'POST /api/cases/:id/contacts/:contactId/corrections':      only([C, S], 'own-case'),
  'GET /api/contacts/unfinished':                             only([C, S], 'self'),
  'GET /api/cases/:id/guide-progress':                        only([C, S], 'own-case'),
  'PUT /api/cases/:id/guide-progress/:itemId':                only([C, S], 'own-case'),
  'GET /api/cases/:id/safety-plan':                           only([C, S], 'own-case'),
  'PUT /api/cases/:id/safety-plan':                           only([C, S], 'own-case'),
  'POST /api/cases/:id/safety-plan/activate':                 only([C, S], 'own-case'),
  'POST /api/cases/:id/safety-plan/evaluation':               only([C, S], 'own-case'),
  'GET /api/cases/:id/safety-plan/versions':                  only([C, S], 'own-case'),
  'GET /api/cases/:id/safety-plan/versions/:n':               only([C, S], 'own-case'),
  'GET /api/cases/:id/safety-plan/versions/:n/diff':          only([C, S], 'own-case'),
  'GET /api/cases/:id/safety-plan/print':                     only([C, S], 'own-case'),
  'GET /api/cases/:id/safety-plan.pdf':                       only([C, S], 'own-case'),
  'GET /api/cases/:id/appointments':                          only([C, S], 'own-case'),
  'GET /api/cases/:id/peer-referrals':                        only([C, S], 'own-case'),
  'POST /api/cases/:id/appointments':                         only([C, S], 'own-case'),
  'GET /api/cases/:id/review':                                only([C, S], 'own-case'),
  'GET /api/cases/:id/review-remarks':                        only([C, S], 'own-case'),

  // Supervision of cases
  'GET /api/cases/:id/audit':                                 only([S], 'any-case', stepUp),
  'POST /api/cases/:id/review':                               only([S], 'any-case'),
  'POST /api/cases/:id/review-remarks':                       only([S], 'any-case'),
  'POST /api/cases/:id/reassign':                             only([S], 'any-case'),
  'POST /api/cases/:id/risk-flags/:flag/acknowledge':         only([S], 'any-case'),
  'GET /api/review-remarks/mine':                             only([C, S], 'self'),
  'POST /api/review-remarks/:remarkId/acknowledge':           only([C, S], 'addressee'),
  'GET /api/alerts':                                          only([S, A], 'none'),
  'GET /api/events':                                          only([S, A], 'none'),
  'POST /api/alerts/:id/acknowledge':                         only([S], 'none'),
  'GET /api/supervision/overview':                            only([S], 'none'),
  'GET /api/supervision/trends':                              only([S], 'none'),
  'GET /api/supervision/auto-closed':                         only([S], 'none'),
  'GET /api/supervision/unfinished-contacts':                 only([S], 'none'),
  'GET /api/reports/:report':                                 only([S], 'none', stepUp),

  // Appointments and working hours
  'GET /api/appointments':                                    only([C, S], 'none'),
  'GET /api/appointments/overdue':                            only([C, S], 'own-record'),
  'GET /api/appointments/slots':                              only([C, S], 'none'),
  'GET /api/appointments/:appointmentId':                     only([C, S], 'own-appointment'),
  'POST /api/appointments/:appointmentId/status':             only([C, S], 'own-appointment'),
  'POST /api/appointments/:appointmentId/reschedule':         only([C, S], 'own-appointment'),
  'GET /api/schedules/:staffId':                              only([C, S], 'own-record'),
  'PUT /api/schedules/:staffId':                              only([C, S], 'own-record'),

  // Peer support groups
  'GET /api/peer-groups':                                     only([C, S], 'none'),
  'POST /api/peer-groups':                                    only([S], 'none'),
  'GET /api/peer-groups/:groupId':                            only([C, S], 'group'),
  'PUT /api/peer-groups/:groupId':                            only([S], 'none'),
  'POST /api/peer-groups/referrals':                          only([C, S], 'own-case'),
  'POST /api/peer-groups/referrals/:referralId/withdraw':     only([C, S], 'own-case'), // out of a group: 'group'
  'GET /api/peer-groups/waiting-list':                        only([C, S], 'group'),
  'POST /api/peer-groups/:groupId/enrolments':                only([C, S], 'group'),
  'PUT /api/peer-groups/:groupId/attendance':                 only([C, S], 'group'),
};

/** The method of a matrix key (`GET`, `POST`, …). */
export function methodOf(route: string): string {
  return route.slice(0, route.indexOf(' '));
}

/** The path pattern of a matrix key (`/api/cases/:id`). */
export function pathOf(route: string): string {
  return route.slice(route.indexOf(' ') + 1);
}
