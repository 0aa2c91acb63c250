// What the app shell needs at start-up (`@leidraad/web/help/shell`): the `?` key and the help
// page's loader. Everything else (overlay, tour, help page) stays in lazy chunks.
export * from './lib/shortcuts/help-key';
export * from './lib/shortcuts/help-keys';

/** `/hulp`, loaded on first visit. */
export const loadHelpPage = () => import('./lib/help-page/help-page').then((m) => m.HelpPage);
