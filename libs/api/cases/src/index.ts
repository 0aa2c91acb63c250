export * from './lib/cases.module';
export * from './lib/cases.entities';
