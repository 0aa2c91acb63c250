export * from './lib/auth/roles';
export * from './lib/auth/staff';
export * from './lib/auth/password-policy';
export * from './lib/auth/settings';
export * from './lib/http/problem-details';
export * from './lib/http/csrf';
