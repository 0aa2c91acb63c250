export * from './lib/peer-groups.module';
export * from './lib/peer-groups.entities';
