import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import patterns (relative specifiers, matched like .gitignore lines) a folder may not use. */
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

const browserOnly = ['**/inventory/**', '**/providers/**', '**/routes/**', '**/ui/**', '**/parsing/**', '**/http/**'];
const providers = ['destiny', 'playfab', 'xbox'];
const demos = ['bungie', 'playfab', 'xbox'];
const others = (names, name) => names.filter((other) => other !== name);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  // The classic hook rules: the rest of the recommended set diagnoses code for the React Compiler, which this app does not use.
  {
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/demo/**/*.test.ts', 'src/demo/bungie/test-support.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }, // These tests walk raw provider JSON of every shape, as a client would not.
  },
  // The boundaries of STYLE.md: shared code, then features, then the app shell.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/server/**', 'src/demo/**'],
    rules: forbid(['**/server/**', '**/demo/**'], 'Browser code never imports the server or the demo upstream.'),
  },
  {
    files: ['src/inventory/**', 'src/ui/**'],
    rules: forbid(
      ['**/server/**', '**/demo/**', '**/providers/**'],
      'inventory/ and ui/ are provider-agnostic: the provider folders import them, never the reverse.',
    ),
  },
  {
    files: ['src/parsing/**'],
    rules: forbid(
      ['**/server/**', '**/demo/**', '**/providers/**'],
      'parsing/ runs the tasks a provider hands it and knows none of them: providers import parsing, never the reverse.',
    ),
  },
  ...providers.map((provider) => ({
    files: [`src/providers/${provider}/**`],
    rules: forbid(
      [
        '**/server/**',
        '**/demo/**',
        ...others(providers, provider).flatMap((other) => [`**/providers/${other}/**`, `../${other}/**`]),
      ],
      'A provider never imports another provider, the server or the demo upstream.',
    ),
  })),
  {
    files: ['src/server/**'],
    rules: forbid(browserOnly, 'The server imports browser code only through a module declared shared (src/shared/).'),
  },
  ...demos.map((demo) => ({
    files: [`src/demo/${demo}/**`],
    rules: forbid(
      others(demos, demo).flatMap((other) => [`**/demo/${other}/**`, `../${other}/**`]),
      "A provider's demo never imports another provider's demo: shared demo code lives in demo/art or the demo's root.",
    ),
  })),
);
