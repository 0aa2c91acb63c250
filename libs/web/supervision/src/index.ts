export * from './lib/web-supervision/web-supervision';
