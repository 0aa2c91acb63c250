export * from './lib/cases.module';
export * from './lib/cases.entities';
export { accessCondition } from './lib/access/case-access';
