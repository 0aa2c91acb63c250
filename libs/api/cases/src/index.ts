export * from './lib/cases.module';
// Optimistic locking of case writes, for libraries that change a case (review).
export { assertVersion, bumpVersion } from './lib/case/case-version';
