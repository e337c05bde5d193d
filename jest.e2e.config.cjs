// `npm run test:e2e`: the sidebar and the playground in Debian's Chromium via playwright-core.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/dev/jest-transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 180000,
  maxWorkers: 1,
};
