import type { FastifyRequest } from 'fastify';
import type { StaffMember } from '@leidraad/shared/domain';

/**
 * The staff member behind a request, with the session it came in on. `role` is their role in the
 * session's helpline (`helpline_member.role`): switching helpline changes it.
 */
export interface RequestStaff extends StaffMember {
  sessionId: string;
  csrfToken: string;
  /** The session has the password but still owes the second factor. */
  secondFactorPending: boolean;
  /** When this session last gave the second factor, if ever. */
  secondFactorAt: Date | null;
  /** The helpline this session works in; every database access of the request is scoped to it. */
  helplineId: string;
  /** May create helplines (`staff.platform_admin`); sees no case content unless a member with a role that does. */
  platformAdmin: boolean;
}

export type AuthenticatedRequest = FastifyRequest & {
  staff?: RequestStaff;
  /** Set when the request carried a session cookie that no longer matches a live session. */
  sessionExpired?: boolean;
};
