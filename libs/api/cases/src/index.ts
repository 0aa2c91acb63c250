export * from './lib/cases.module';
export * from './lib/cases.entities';
export { accessCondition } from './lib/access/case-access';
// The access check and optimistic locking of case writes, for libraries that change a case (review).
export { assertVersion, bumpVersion, caseForStaff, type CaseRow } from './lib/access/case-guard';
