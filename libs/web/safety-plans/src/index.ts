export * from './lib/safety-plan-api';
export * from './lib/safety-plan-editor';
export * from './lib/safety-plan-summary';
export * from './lib/safety-plan-print-page';
export { nextReviewDate } from './lib/safety-plan-form';
