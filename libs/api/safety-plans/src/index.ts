export * from './lib/safety-plans.module';
