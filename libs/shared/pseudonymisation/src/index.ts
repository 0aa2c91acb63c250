export * from './lib/shared-pseudonymisation';
