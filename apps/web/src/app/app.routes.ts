import type { Route } from '@angular/router';
import { homeRedirectGuard, roleGuard, signedInGuard, wipeOnSignInPageGuard } from '@leidraad/web/core';
import { loadHelpPage } from '@leidraad/web/help/shell';
import { helplineTimeZoneGuard } from './shell/helpline-time-zone.guard';
import { Shell } from './shell/shell';

/** One lazy chunk per feature; every page behind sign-in and the navigation table's roles. */
export const appRoutes: Route[] = [
  {
    path: 'aanmelden',
    title: 'Leidraad',
    canActivate: [wipeOnSignInPageGuard],
    loadComponent: () => import('@leidraad/web/auth').then((m) => m.SignInPage),
  },
  {
    path: '',
    component: Shell,
    canActivate: [signedInGuard, helplineTimeZoneGuard],
    children: [
      { path: '', pathMatch: 'full', canActivate: [homeRedirectGuard], children: [] },
      {
        path: 'gesprek',
        canActivate: [roleGuard],
        data: { roles: ['counsellor', 'supervisor'] },
        loadComponent: () => import('@leidraad/web/call').then((m) => m.NewContactPage),
      },
      {
        path: 'gesprek/:caseId/:contactId',
        canActivate: [roleGuard],
        data: { roles: ['counsellor', 'supervisor'] },
        loadComponent: () => import('@leidraad/web/call').then((m) => m.CallPage),
      },
      { path: 'vandaag', canActivate: [roleGuard], loadComponent: () => import('@leidraad/web/cases').then((m) => m.TodayPage) },
      { path: 'dossiers', canActivate: [roleGuard], loadComponent: () => import('@leidraad/web/cases').then((m) => m.CasesPage) },
      {
        path: 'dossiers/:id',
        canActivate: [roleGuard],
        data: { roles: ['counsellor', 'supervisor'] },
        loadComponent: () => import('@leidraad/web/cases').then((m) => m.CasePage),
      },
      {
        path: 'dossiers/:id/veiligheidsplan',
        canActivate: [roleGuard],
        data: { roles: ['counsellor', 'supervisor'] },
        loadComponent: () => import('@leidraad/web/safety-plans').then((m) => m.SafetyPlanPrintPage),
      },
      { path: 'gids', canActivate: [roleGuard], loadComponent: () => import('@leidraad/web/call').then((m) => m.GuidePage) },
      { path: 'agenda', canActivate: [roleGuard], loadComponent: () => import('@leidraad/web/appointments').then((m) => m.AgendaPage) },
      {
        path: 'lotgenotengroepen',
        canActivate: [roleGuard],
        loadComponent: () => import('@leidraad/web/peer-groups').then((m) => m.PeerGroupsPage),
      },
      { path: 'overzicht', canActivate: [roleGuard], loadComponent: () => import('@leidraad/web/supervision').then((m) => m.OverviewPage) },
      { path: 'trends', canActivate: [roleGuard], loadComponent: () => import('@leidraad/web/supervision').then((m) => m.TrendsPage) },
      { path: 'medewerkers', canActivate: [roleGuard], loadComponent: () => import('@leidraad/web/admin').then((m) => m.StaffPage) },
      { path: 'instellingen', canActivate: [roleGuard], loadComponent: () => import('@leidraad/web/admin').then((m) => m.SettingsPage) },
      { path: 'hulplijnen', canActivate: [roleGuard], loadComponent: () => import('@leidraad/web/admin').then((m) => m.PlatformPage) },
      // Every role: the help lib loads its own page, so the shell may import its `?` key statically.
      { path: 'hulp', loadComponent: loadHelpPage },
      { path: '**', loadComponent: () => import('./not-found-page').then((m) => m.NotFoundPage) },
    ],
  },
];
