export * from './lib/web-cases/web-cases';
