import { CALLER_ROLES, type CallerRole } from './case';

/**
 * Who the relatives' guide *Start het Gesprek* is for: every caller but the person worried about
 * their own feelings or behaviour (issue 20). The caller role decides — not the concern — so a
 * father worried about his son's own feelings gets the guide, and a caller about his own viewing
 * does not. The call screen, the case's guide progress and the statistics all follow this one
 * rule; the SQL of the statistics takes its list from here (`NOT IN` the short list: one comparison
 * a row where the long list costs eight).
 */
export const OWN_CONCERN_CALLER_ROLES: readonly CallerRole[] = ['self'];
export const RELATIVES_GUIDE_CALLER_ROLES: readonly CallerRole[] = CALLER_ROLES.filter((role) => !OWN_CONCERN_CALLER_ROLES.includes(role));

export function usesRelativesGuide(callerRole: CallerRole): boolean {
  return RELATIVES_GUIDE_CALLER_ROLES.includes(callerRole);
}
