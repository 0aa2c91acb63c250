export * from './lib/web-admin/web-admin';
