import { ROLES, type Role } from '@leidraad/shared/domain';
import { decideAccess, type AccessQuestion } from './access-decision';

const ask = (overrides: Partial<AccessQuestion>) =>
  decideAccess({ isPublic: false, roles: undefined, role: undefined, sessionExpired: false, ...overrides });

describe('decideAccess', () => {
  it('lets anyone through a public route', () => {
    expect(ask({ isPublic: true })).toBe('allow');
    expect(ask({ isPublic: true, sessionExpired: true })).toBe('allow');
  });

  it('refuses an anonymous request to a protected route', () => {
    expect(ask({ roles: ['counsellor'] })).toBe('unauthenticated');
  });

  it('says the session expired when a stale cookie came in', () => {
    expect(ask({ roles: ['counsellor'], sessionExpired: true })).toBe('session_expired');
  });

  it('fails closed on a route that declares no roles, for every role', () => {
    for (const role of ROLES) expect(ask({ role })).toBe('forbidden');
  });

  it.each<[Role[], Role, 'allow' | 'forbidden']>([
    [['admin'], 'admin', 'allow'],
    [['admin'], 'supervisor', 'forbidden'],
    [['admin'], 'counsellor', 'forbidden'],
    [['counsellor', 'supervisor'], 'supervisor', 'allow'],
    [['counsellor', 'supervisor'], 'admin', 'forbidden'],
    [['supervisor'], 'counsellor', 'forbidden'],
  ])('a route for %p called by %s: %s', (roles, role, expected) => {
    expect(ask({ roles, role })).toBe(expected);
  });
});

describe('decideAccess with a second factor', () => {
  it('keeps a session that still owes the second factor out of every ordinary route', () => {
    for (const role of ROLES) {
      expect(ask({ roles: ROLES, role, secondFactorPending: true })).toBe('second_factor_required');
      expect(ask({ roles: ROLES, role, secondFactorPending: true, routeAllowsPendingSession: true })).toBe('allow');
    }
  });

  it('still refuses a pending session the wrong role, and anonymous callers first of all', () => {
    expect(ask({ roles: ['admin'], role: 'counsellor', secondFactorPending: true, routeAllowsPendingSession: true })).toBe('forbidden');
    expect(ask({ roles: ROLES, routeAllowsPendingSession: true })).toBe('unauthenticated');
  });

  it('asks for a step-up on audit trails and reports unless the second factor was given recently', () => {
    expect(ask({ roles: ['supervisor'], role: 'supervisor', routeNeedsStepUp: true })).toBe('step_up_required');
    expect(ask({ roles: ['supervisor'], role: 'supervisor', routeNeedsStepUp: true, stepUpRecent: true })).toBe('allow');
    // The role check comes first: a counsellor is refused, not asked for a code.
    expect(ask({ roles: ['supervisor'], role: 'counsellor', routeNeedsStepUp: true })).toBe('forbidden');
  });
});
