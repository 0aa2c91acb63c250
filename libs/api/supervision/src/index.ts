export * from './lib/supervision.module';
export * from './lib/supervision-aggregates.service';
export * from './lib/aggregates.types';
export * from './lib/suppression';
export { DURATION_BUCKETS, DURATION_EDGES, histogramQuantile } from './lib/duration';
export { checkedRange, MAX_TREND_YEARS } from './lib/trend-range';
