export * from './lib/today-page';
export * from './lib/cases-page';
