export * from './lib/overview-page';
export * from './lib/trends/trends-page';
