import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * A zone: import specifiers a folder may not use, as .gitignore-style patterns for static imports
 * and one regular expression for `import()` and `typeof import()`, which that rule does not see.
 */
const zone = (patterns, dynamic, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ ...forbidden(patterns), message }] }],
  'no-restricted-syntax': [
    'error',
    { selector: `ImportExpression > Literal[value=${dynamic}]`, message },
    { selector: `TSImportType Literal[value=${dynamic}]`, message },
  ],
});
/** Patterns as a list of .gitignore lines, or one regular expression where a list cannot say it. */
const forbidden = (patterns) => (typeof patterns === 'string' ? { regex: patterns } : { group: patterns });
/** A folder segment, as esquery reads a regular expression (no bare slash inside it). */
const segment = (names) => `(^|\\u002F)(${names.join('|')})\\u002F`;

const providers = ['destiny', 'playfab', 'xbox'];
const demos = ['bungie', 'playfab', 'xbox'];
const others = (names, name) => names.filter((other) => other !== name);
const browserFiles = ['src/**/*.{ts,tsx}'];
const notBrowser = ['src/server/**', 'src/demo/**'];
/**
 * What the server may not import: everything outside it but the declared-shared modules, the first
 * screens it renders with the app's own views, the demo it starts, and the tests' helpers.
 */
const SERVER_MAY_NOT = '^[.][.]/(?!shared/|first-screen/|demo/|[.][.]/test/)';
const serverMessage =
  'The server imports browser code only through a module declared shared (src/shared/) or the first screens (src/first-screen/).';

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
  // Globals by where code runs: the browser's in browser code, Node's in the server, the demo and the tests' harness.
  { files: browserFiles, ignores: notBrowser, languageOptions: { globals: globals.browser } },
  {
    files: [...notBrowser, 'test/**', '*.{js,ts}', 'src/**/*.test.{ts,tsx}'],
    languageOptions: { globals: globals.node },
  },
  // The boundaries of STYLE.md: shared code, then features, then the app shell.
  {
    files: browserFiles,
    ignores: notBrowser,
    rules: zone(
      ['**/server/**', '**/demo/**'],
      `/${segment(['server', 'demo'])}/`,
      'Browser code never imports the server or the demo upstream.',
    ),
  },
  {
    files: ['src/inventory/**', 'src/ui/**'],
    rules: zone(
      ['**/server/**', '**/demo/**', '**/providers/**'],
      `/${segment(['server', 'demo', 'providers'])}/`,
      'inventory/ and ui/ are provider-agnostic: the provider folders import them, never the reverse.',
    ),
  },
  {
    files: ['src/parsing/**'],
    rules: zone(
      ['**/server/**', '**/demo/**', '**/providers/**'],
      `/${segment(['server', 'demo', 'providers'])}/`,
      'parsing/ runs the tasks a provider hands it and knows none of them: providers import parsing, never the reverse.',
    ),
  },
  ...providers.map((provider) => ({
    files: [`src/providers/${provider}/**`],
    rules: zone(
      [
        '**/server/**',
        '**/demo/**',
        ...others(providers, provider).flatMap((other) => [`**/providers/${other}/**`, `../${other}/**`]),
      ],
      `/${segment(['server', 'demo', ...others(providers, provider)])}/`,
      'A provider never imports another provider, the server or the demo upstream.',
    ),
  })),
  {
    files: ['src/shared/**'],
    rules: zone(
      [
        '**/server/**',
        '**/demo/**',
        '**/routes/**',
        '**/ui/**',
        '**/http/**',
        '**/parsing/**',
        '*.tsx',
        'react',
        'react-*',
      ],
      `/${segment(['server', 'demo', 'routes', 'ui', 'http', 'parsing'])}|[.]tsx$|^react/`,
      'Declared-shared modules run on the server too: no views, no network or worker code of the browser.',
    ),
  },
  {
    files: ['src/server/**'],
    rules: zone(SERVER_MAY_NOT, `/${SERVER_MAY_NOT.replaceAll('/', '\\u002F')}/`, serverMessage),
  },
  {
    // The runtime-neutral core: web-standard APIs only; the Node entry and its helpers are named node-*.
    files: ['src/server/**'],
    ignores: [
      'src/server/node-*.ts',
      'src/server/client-files.ts',
      'src/server/vite-dev-api.ts',
      'src/server/vite-build-plugins.ts',
      'src/server/build-if-stale.mjs',
      'src/server/doctor-main.ts',
      'src/server/**/*.test.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: SERVER_MAY_NOT, message: serverMessage },
            {
              group: ['node:*'],
              message: 'The proxy core runs on any runtime: Node-only code lives in the node-* modules.',
            },
          ],
        },
      ],
    },
  },
  ...demos.map((demo) => ({
    files: [`src/demo/${demo}/**`],
    ignores: ['**/*.test.ts'], // A demo's tests may hold it against the server's settings.
    rules: zone(
      [
        '**/server/**',
        '**/routes/**',
        ...others(demos, demo).flatMap((other) => [`**/demo/${other}/**`, `../${other}/**`]),
      ],
      `/${segment(['server', 'routes', ...others(demos, demo)])}/`,
      "A provider's demo never imports another provider's demo: shared demo code lives in demo/art or the demo's root.",
    ),
  })),
  {
    files: ['src/demo/art/**'],
    rules: zone(
      ['**/server/**', '**/routes/**', ...demos.map((demo) => `../${demo}/**`)],
      `/${segment(['server', 'routes', ...demos])}/`,
      "demo/art paints for every provider's demo and knows none of them.",
    ),
  },
);
