import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SHARED_LIMIT = {
  group: ['**/features/**', '**/app/**', '**/simulator/**'],
  message: 'shared/ must not depend on features, the app or the simulator.',
};
const SIMULATOR_LIMIT = {
  group: ['**/simulator/**'],
  message: 'Only the app layer may load the simulator.',
};
const TESTING_LIMIT = {
  group: ['**/testing/**'],
  message: 'src/testing/ is for tests only.',
};

const wireLimit = (up) => ({
  regex: `^${up.replaceAll('.', '\\.')}(?!domain/)`,
  message: 'enactor/ (the wire) imports only shared/domain and itself.',
});

// Layers: shared -> features -> app. Features never import each other; the simulator shares
// no code with the terminal (it is a second product), and only the app loads it.
const layer = (files, patterns) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Only matters to React Compiler, which this project does not use.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Playwright fixtures call their continuation `use`; it is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  // Later entries replace earlier ones for the same files, so each one lists all its limits.
  layer(['src/shared/**'], [SHARED_LIMIT, TESTING_LIMIT]),
  layer(
    ['src/shared/domain/**'],
    [
      {
        regex: '^\\.\\./(?!country/)',
        message: 'domain/ imports nothing but the country rules: it is the types everyone shares.',
      },
    ],
  ),
  // The wire imports only shared/domain and itself (checked at each folder depth).
  layer(['src/shared/enactor/*.ts'], [SHARED_LIMIT, TESTING_LIMIT, wireLimit('../')]),
  layer(['src/shared/enactor/*/*.ts'], [SHARED_LIMIT, TESTING_LIMIT, wireLimit('../../')]),
  layer(
    ['src/features/*/*.{ts,tsx}'],
    [
      {
        regex: '^\\.\\./(?!\\.\\./shared/)',
        message: 'A feature imports only itself and shared/ (features do not import each other).',
      },
      SIMULATOR_LIMIT,
      TESTING_LIMIT,
    ],
  ),
  layer(
    ['src/features/*/*/**'],
    [
      {
        regex: '^\\.\\./\\.\\./(?!\\.\\./shared/)',
        message: 'A feature imports only itself and shared/ (features do not import each other).',
      },
      SIMULATOR_LIMIT,
      TESTING_LIMIT,
    ],
  ),
  layer(['src/app/**'], [TESTING_LIMIT]),
  layer(
    ['simulator/**'],
    [{ group: ['**/src/**'], message: 'The simulator shares no code with the terminal.' }],
  ),
);
