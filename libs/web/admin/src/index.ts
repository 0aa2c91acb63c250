export * from './lib/staff-page';
export * from './lib/settings-page';
export * from './lib/platform-page';
export * from './lib/helpline-settings';
