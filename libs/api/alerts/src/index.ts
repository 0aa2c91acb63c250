export * from './lib/alerts.module';
export * from './lib/access-alert.service';
export * from './lib/alert-kind';
export { PRUNE_REACH_SQL } from './lib/alerts.sql';
