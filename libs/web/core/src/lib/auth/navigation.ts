import type { Role } from '@leidraad/shared/domain';

export interface NavigationItem {
  path: string;
  /** Translation key of the label. */
  label: string;
  roles: readonly Role[];
  /** Only for a platform admin (who may create helplines), among the roles above. */
  platformAdmin?: true;
}

/** The pages per role, in the order the navigation shows them. Guards use the same table. */
export const NAVIGATION: readonly NavigationItem[] = [
  { path: '/vandaag', label: 'nav.today', roles: ['counsellor', 'supervisor'] },
  { path: '/dossiers', label: 'nav.cases', roles: ['counsellor', 'supervisor'] },
  { path: '/agenda', label: 'nav.agenda', roles: ['counsellor', 'supervisor'] },
  { path: '/lotgenotengroepen', label: 'nav.peerGroups', roles: ['counsellor', 'supervisor'] },
  { path: '/gids', label: 'nav.guide', roles: ['counsellor', 'supervisor'] },
  { path: '/overzicht', label: 'nav.overview', roles: ['supervisor'] },
  { path: '/trends', label: 'nav.trends', roles: ['supervisor'] },
  { path: '/medewerkers', label: 'nav.staff', roles: ['admin'] },
  { path: '/instellingen', label: 'nav.settings', roles: ['admin'] },
  { path: '/hulplijnen', label: 'nav.helplines', roles: ['admin'], platformAdmin: true },
];

export function navigationFor(role: Role | undefined, platformAdmin = false): NavigationItem[] {
  return role ? NAVIGATION.filter((item) => item.roles.includes(role) && (!item.platformAdmin || platformAdmin)) : [];
}

/** Where a role lands after signing in. */
export function homeFor(role: Role): string {
  return role === 'admin' ? '/medewerkers' : role === 'supervisor' ? '/overzicht' : '/vandaag';
}

export function rolesFor(path: string): readonly Role[] {
  return NAVIGATION.find((item) => item.path === path)?.roles ?? [];
}
