export * from './lib/guide-progress.module';
