export * from './lib/case-code';
