export * from './lib/supervision.module';
export * from './lib/statistics.service';
export * from './lib/disclosure/published-statistics';
export { ANY } from './lib/disclosure/count-cube';
export { DURATION_BUCKETS, DURATION_EDGES, histogramQuantile } from './lib/duration';
