export * from './lib/safety-plans.module';
export * from './lib/safety-plans.entities';
