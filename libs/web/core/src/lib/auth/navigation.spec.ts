import { homeFor, navigationFor, rolesFor } from './navigation';

describe('navigation per role', () => {
  it('gives a counsellor Vandaag, Dossiers, Agenda, the peer support groups and the guide', () => {
    expect(navigationFor('counsellor').map((item) => item.path)).toEqual([
      '/vandaag',
      '/dossiers',
      '/agenda',
      '/lotgenotengroepen',
      '/gids',
    ]);
  });

  it('adds Overzicht and Trends for a supervisor', () => {
    expect(navigationFor('supervisor').map((item) => item.path)).toEqual([
      '/vandaag',
      '/dossiers',
      '/agenda',
      '/lotgenotengroepen',
      '/gids',
      '/overzicht',
      '/trends',
    ]);
  });

  it('gives an admin only staff and settings, never case pages', () => {
    expect(navigationFor('admin').map((item) => item.path)).toEqual(['/medewerkers', '/instellingen']);
  });

  it('adds Hulplijnen for an admin who is a platform admin, and for no other role', () => {
    expect(navigationFor('admin', true).map((item) => item.path)).toEqual(['/medewerkers', '/instellingen', '/hulplijnen']);
    expect(navigationFor('supervisor', true).map((item) => item.path)).not.toContain('/hulplijnen');
  });

  it('shows nothing to someone not signed in', () => {
    expect(navigationFor(undefined)).toEqual([]);
  });

  it('lands each role on a page of its own navigation', () => {
    for (const role of ['counsellor', 'supervisor', 'admin'] as const) {
      expect(rolesFor(homeFor(role))).toContain(role);
    }
  });
});
