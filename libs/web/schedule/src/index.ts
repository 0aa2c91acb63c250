export * from './lib/agenda-page';
