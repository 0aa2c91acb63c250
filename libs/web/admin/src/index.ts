export * from './lib/staff-page';
export * from './lib/settings-page';
