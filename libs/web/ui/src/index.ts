export * from './lib/empty-state';
export * from './lib/language-switch';
export * from './lib/case-list';
export * from './lib/local-date.pipe';
export * from './lib/free-text-field';
export * from './lib/free-text-field.state';
