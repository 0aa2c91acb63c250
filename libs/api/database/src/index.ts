export * from './lib/embedded-postgres';
export * from './lib/data-source-options';
export * from './lib/migrate';
export * from './lib/app-role';
export * from './lib/schema-snapshot';
export * from './lib/helpline-tables';
