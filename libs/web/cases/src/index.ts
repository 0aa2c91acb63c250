export * from './lib/today-page';
export * from './lib/cases-page';
export * from './lib/case-page';
