export * from './lib/web-schedule/web-schedule';
