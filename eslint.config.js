// ESLint for the TypeScript sources, tests, scripts and benchmarks, with typescript-eslint's strict type-checked rules.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import checkFile from 'eslint-plugin-check-file';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.cache/',
      'coverage/',
      'node_modules/',
      'examples/',
      // Deliberately broken: the engine's tests check that it reports the syntax error.
      'test/fixtures/engine/syntax-error.ts',
      // JavaScript tools modules as users write them, typed only with JSDoc: extraction and the runner check read them.
      'test/fixtures/typescript/jsdoc/',
      'test/fixtures/typescript/layouts/**/*.mjs',
      'test/fixtures/e2e/shapes/**/*.mjs',
      // Runtime files are checked on their own terms, with their own configuration.
      'src/engine/*/runtime/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            'eslint.config.js',
            'vitest.config.ts',
            'scripts/*.mjs',
            'scripts/*.cjs',
            'bench/lib/*.mjs',
            'test/fixtures/mcp/*.mjs',
          ],
          // The loose scripts above, a dozen small files.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Numbers print the same everywhere; the rule still catches undefined, null and objects in templates.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowAny: false, allowBoolean: false, allowNever: false, allowNullish: false, allowNumber: true, allowRegExp: false },
      ],
      // `(x) => resolve(x)` and `() => server.close()` are callbacks whose value nobody reads.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // An empty variable, input or line means "not given", so `||` falls back on it on purpose.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // Destructuring with a rest element is how an object is copied without some of its properties.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // One import order everywhere: packages, then the project's modules, each group sorted.
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: { 'simple-import-sort/imports': 'error', 'simple-import-sort/exports': 'error' },
  },
  {
    // One file-name casing. The runtime files beside the runner (ignored above) and the fixture that shadows one
    // keep their `_codemode_` names, which keep them apart from user modules.
    files: ['**/*.{ts,mts,js,mjs}'],
    ignores: ['test/fixtures/typescript/shadow/_codemode_runtime.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,mts,js,mjs}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
    },
  },
  {
    files: ['test/**', 'testing/**', 'bench/**'],
    rules: {
      // Tests and benchmarks index into data they have just built; a wrong guess fails the run, which is the check.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['test/**', 'testing/**'],
    rules: {
      // vitest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any` where they stand for values.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // The fake servers take async request handlers, as node:http allows; a handler that throws fails its test's request.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      // Tests unset environment variables by name, and `delete` is how process.env forgets one.
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  {
    // Webhook payloads from @octokit/webhooks-examples: untyped JSON that these tests and benchmarks edit in place.
    files: [
      'test/e2e/events.ts',
      'test/e2e/action-triggers.test.ts',
      'test/unit/action-event.test.ts',
      'test/integration/action-main.test.ts',
      'bench/lib/action.ts',
    ],
    rules: {
      // The payloads are `Record<string, any>`: typing every event's shape would copy GitHub's webhook schema.
      '@typescript-eslint/no-explicit-any': 'off',
      // Reading and assigning fields of those payloads.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Reaching into nested fields of those payloads.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      // Calling string methods on fields of those payloads.
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    // Tools modules written as a user writes them: they exercise the forms that extraction must handle.
    files: [
      'test/fixtures/engine/*.ts',
      'test/fixtures/typescript/concurrency.ts',
      'test/fixtures/typescript/forms/**',
      'test/fixtures/typescript/host/**',
    ],
    rules: {
      // Users declare object types with `type` as often as with `interface`; extraction reads both.
      '@typescript-eslint/consistent-type-definitions': 'off',
      // Tools are async whether or not they await, as users write them.
      '@typescript-eslint/require-await': 'off',
      // Empty functions are values that extraction and serialisation must handle.
      '@typescript-eslint/no-empty-function': 'off',
      // An unexported, unused declaration is what no-exports.ts is about.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
);
