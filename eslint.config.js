// Lint: typescript-eslint's recommended and strict rule sets, type-aware (the rules read the types
// through tsconfig.json). Formatting is Prettier's job (`npm run format`), so no stylistic rules here.
// Every rule turned off or relaxed below says why.
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['node_modules/', 'cdk.out/', 'coverage/', '.accord/', 'dist/', 'eval/', 'bench/corpus/articles/'],
  },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.strictTypeChecked,
  {
    // A disable comment that no longer suppresses anything is an error, so none outlives its reason.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // tsconfig's noUncheckedIndexedAccess types every `xs[i]` and `record[key]` as possibly undefined,
      // also where the loop bound or a preceding check guarantees the element; `xs[i]!` is how the code
      // states that guarantee. The rule cannot tell those from careless assertions, so it is off; the
      // compiler's check (not the lint rule) is what keeps real misses out.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Numbers in messages and keys (`${count} events`) print as expected; the strict set forbids them
      // too. Everything else (undefined, null, objects, any) stays forbidden in a template.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowAny: false, allowBoolean: false, allowNullish: false, allowRegExp: false, allowNever: false },
      ],
      // An argument named with a leading underscore is kept on purpose: a handler's second parameter
      // (context), or the elements skipped by a destructuring.
      // `() => server.close()` as a callback is plain shorthand, not a confusing use of a void value;
      // a void expression returned from a block or as a value is still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Test fakes implement the project's async interfaces (repositories, object stores, extractors,
      // handlers) with in-memory bodies: `async` without `await` keeps their signature and turns a
      // throw into a rejection, as the real implementation does.
      '@typescript-eslint/require-await': 'off',
      // vitest types its asymmetric matchers (expect.any, expect.stringMatching, expect.objectContaining …)
      // as `any`, so every expected object that holds one is an "unsafe assignment". The other
      // no-unsafe-* rules still report any use of an any value (member access, call, argument, return).
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Expected strings in tests spell a missing value as `undefined` or `null` on purpose
      // (`${e.source.country}>${e.target?.country}` is compared with 'KOR>undefined').
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowNullish: true, allowAny: false, allowBoolean: false, allowRegExp: false, allowNever: false },
      ],
    },
  },
  {
    // These tests walk untyped JSON by path: the synthesized CloudFormation template (tests/infra) and
    // the API's response bodies (the handler tests). A wrong path fails the assertion that follows;
    // typing every template resource and body shape here would add no check, only casts.
    files: ['tests/infra/**/*.ts', 'tests/functions/api/handler.test.ts', 'tests/functions/api/handler.local.test.ts'],
    ignores: ['tests/infra/local/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript (this file, bin/accord.mjs, the CommonJS shims of infra/node-builtins) is
    // outside tsconfig.json: no type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
  {
    // The explorer's browser-side unit tests compile with the page (web/tsconfig.json includes them; the root
    // tsconfig excludes them, since they need the DOM lib), so they are typed by that project.
    files: ['tests/web/src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: false, project: './web/tsconfig.json', tsconfigRootDir: import.meta.dirname } },
  },
);
