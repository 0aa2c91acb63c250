export * from './lib/case-review-panel';
export * from './lib/review-remarks-today';
export * from './lib/review-api';
