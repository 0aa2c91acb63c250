export * from './lib/peer-groups.module';
