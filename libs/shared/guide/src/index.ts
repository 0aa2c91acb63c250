export * from './lib/guide.types';
export * from './lib/ids';
export { GUIDE_VERSION, guide } from './lib/guide';
export * from './lib/localised-text';
export * from './lib/lookup';
export * from './lib/progress';
export * from './lib/search';
export * from './lib/validate-guide';
