import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Apps Script services the server code may use as globals (there are no imports at run time).
const appsScript = Object.fromEntries(
  [
    'SpreadsheetApp',
    'FormApp',
    'DocumentApp',
    'DriveApp',
    'MailApp',
    'ScriptApp',
    'PropertiesService',
    'LockService',
    'Session',
    'Utilities',
    'HtmlService',
    'Logger',
    'CacheService',
    'GoogleAppsScript',
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  {
    ignores: [
      'build/',
      'coverage/',
      'node_modules/',
      'bench/results/',
      '.playground/',
      'test-artifacts/',
      'dev/.cache/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    languageOptions: { globals: { ...appsScript, console: 'readonly' } },
    rules: {
      // Apps Script has none of these at run time.
      'no-restricted-globals': [
        'error',
        'setTimeout',
        'setInterval',
        'fetch',
        'TextEncoder',
        'TextDecoder',
        'require',
        'process',
        'Buffer',
        'window',
        'document',
      ],
    },
  },
  { files: ['src/client/**/*.ts'], languageOptions: { globals: { ...globals.browser, google: 'readonly' } } },
  {
    files: ['dev/**/*.{ts,mjs,cjs,js}', 'test/**/*.ts', '*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
