/* End-to-end: the production build of the whole app, driven in Debian's Chromium. */
module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  globalSetup: '<rootDir>/test/app-global-setup.mjs',
  globalTeardown: '<rootDir>/test/app-global-teardown.mjs',
  testTimeout: 60000,
  // One browser at a time on two cores keeps timings honest.
  maxWorkers: 1,
  // logs.e2e-spec.ts checks the app's log after everything else ran.
  testSequencer: '<rootDir>/test/logs-last-sequencer.cjs',
  // The app and database are stopped in the global teardown; Jest's own handles can linger.
  forceExit: true,
};
