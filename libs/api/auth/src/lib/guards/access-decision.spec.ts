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
