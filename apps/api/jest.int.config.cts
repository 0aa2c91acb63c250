/* Integration tests: the real application over HTTP against a real, freshly migrated PostgreSQL. */
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api-int',
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/../../libs/api'],
  testMatch: ['**/*.int-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleNameMapper: { '^content-disposition$': '<rootDir>/test/content-disposition.cjs' },
  moduleFileExtensions: ['ts', 'js', 'mjs'],
  globalSetup: '<rootDir>/test/database-global-setup.mjs',
  globalTeardown: '<rootDir>/test/database-global-teardown.mjs',
  testTimeout: 30000,
  // Every test closes its app; pg's pool timers in the workers can outlive that by seconds.
  forceExit: true,
};
