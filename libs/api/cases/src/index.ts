export * from './lib/cases.module';
// Optimistic locking of case writes, for libraries that change a case (review).
export { assertVersion, bumpVersion } from './lib/case/case-version';
// A case passing to a colleague with its drafts (handover here, reassignment in review).
export { assignCase, moveDrafts } from './lib/case/case-assignee';
