// `npm test`: unit tests of the pure core, emulator conformance tests, and bundle tests that load
// build/Code.js through gas-local. Browser tests live in jest.e2e.config.cjs.
module.exports = {
  testEnvironment: 'node',
  // src is a root so that every file of src/server counts in coverage, imported by a test or not:
  // the figure is what tests that import src/ run (unit tests), over the whole of src/server.
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: { '^.+\\.ts$': '<rootDir>/dev/jest-transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  collectCoverage: true,
  // Istanbul instruments only the files jest loads. V8's precise coverage instead keeps every script
  // compiled while it runs alive, and bundle tests evaluate build/Code.js afresh for each emulated
  // execution (a simulated year is ~9,000): with 'v8' one worker outgrew a 16 GB heap.
  coverageProvider: 'babel',
  collectCoverageFrom: ['src/server/**/*.ts', '!src/server/index.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  // Long enough for the walks through a school year on a busy machine; CI's own limit is 90 minutes.
  testTimeout: 2400000,
};
