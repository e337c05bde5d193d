import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Apps Script has none of these at run time.
const nodeOnly = [
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
];

// The services: allowed in the adapters only (GoogleAppsScript, the types' namespace, is allowed everywhere).
const appsScriptServices = [
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
  'Docs',
  'Charts',
];

// Apps Script services the server code may use as globals (there are no imports at run time).
const appsScript = Object.fromEntries(
  [...appsScriptServices, 'GoogleAppsScript'].map((name) => [name, 'readonly']),
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
      'no-restricted-globals': ['error', ...nodeOnly],
    },
  },
  {
    // The boundary: Apps Script services only in the adapters (gas/), the store (sheets) and the
    // public surface (index.ts). Everything else takes plain data or calls an adapter function.
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/gas/**', 'src/server/store/**', 'src/server/index.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...nodeOnly,
        ...appsScriptServices.map((name) => ({
          name,
          message: `Apps Script services only in src/server/gas/ (adapters), store/ (sheets) and index.ts: call or add a small function in gas/ instead of using ${name} here.`,
        })),
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
