// `npm run mutation` (stryker.config.json): only the unit tests of the mutated modules, no coverage
// of our own (Stryker measures which test covers which mutant).
const base = require('./jest.config.cjs');

module.exports = {
  testEnvironment: base.testEnvironment,
  transform: base.transform,
  moduleFileExtensions: base.moduleFileExtensions,
  roots: ['<rootDir>/test/unit'],
  testMatch: [
    '<rootDir>/test/unit/deadlines/**/*.test.ts',
    '<rootDir>/test/unit/documents/russian.test.ts',
    '<rootDir>/test/unit/shared/**/*.test.ts',
    '<rootDir>/test/unit/core/store.test.ts',
  ],
  collectCoverage: false,
};
