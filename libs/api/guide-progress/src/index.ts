export * from './lib/guide-progress.module';
export * from './lib/guide-progress.entities';
