// House rules a tool keeps: typescript-eslint on the code, and the layer rule (core and app never
// reach the views, Phaser, howler or the DOM, so the game's rules run in Node).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** DOM and browser globals that core and app must not touch (they run in Node tests). */
const browserOnly = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'requestAnimationFrame',
  'requestIdleCallback',
  'HTMLElement',
  'speechSynthesis',
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', '.rd-tmp/', 'node_modules/', 'test-results/', 'bench-results/', 'public/', 'scripts/bench/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // The layer rule: game rules and the app layer import only core (and inkjs).
    files: ['src/core/**/*.ts', 'src/app/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/ui', '**/stage/**', '**/stage', '**/audio/**', '**/audio', '**/main', '**/main.ts'],
              message: 'core and app must not import the views (ui, stage, audio).',
            },
            {
              group: ['phaser', 'phaser/*', 'howler', 'virtual:*'],
              message: 'core and app must not import Phaser, howler or build-time modules.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserOnly.map((name) => ({ name, message: 'core and app run in Node: reach the browser through an injected port.' })),
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/ui/**',
                '**/ui',
                '**/stage/**',
                '**/stage',
                '**/audio/**',
                '**/audio',
                '**/app/**',
                '**/app',
                '**/main',
                '**/main.ts',
              ],
              message: 'core imports nothing but core and inkjs.',
            },
            { group: ['phaser', 'phaser/*', 'howler', 'virtual:*'], message: 'core must not import Phaser, howler or build-time modules.' },
          ],
        },
      ],
    },
  },
);
