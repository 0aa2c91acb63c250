export * from './lib/alerts.module';
export * from './lib/access-alert.service';
export * from './lib/alert-kind';
export { PRUNE_REACH_SQL } from './lib/alerts.sql';
export { publishRiskFlagEvent } from './lib/live/publish';
export { LiveEventListener } from './lib/live/live-event-listener';
export { LiveStreamHub } from './lib/live/live-stream-hub';
