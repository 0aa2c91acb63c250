export * from './lib/case-access.module';
export * from './lib/case-access.service';
export * from './lib/typed-case-code';
export { CaseAccess, withGrounds, type CaseKey, type CaseRow } from './lib/case-access';
export { ACCESS_GRANT_HOURS, accessCondition, groundsSql, sqlWithGrounds } from './lib/case-access.sql';
