// The one linter, which also formats (stylistic rules instead of a second tool). It lives in .config/ to keep
// the top level to the design card's list; `npm run lint` points at it.
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import stylistic from '@stylistic/eslint-plugin'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = fileURLToPath(new URL('..', import.meta.url))

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/bench/results.*'] },
  ...tseslint.configs.recommendedTypeChecked,
  ...pluginVue.configs['flat/recommended'],
  stylistic.configs.customize({ indent: 2, quotes: 'single', semi: false, braceStyle: '1tbs' }),
  {
    files: ['**/*.{ts,vue,js}'],
    languageOptions: {
      parserOptions: {
        // vue-eslint-parser hands each <script lang="ts"> to this parser; the project service types every file
        // with the nearest tsconfig that includes it (app, src/shared, src/server or tests).
        parser: tseslint.parser,
        projectService: true,
        tsconfigRootDir: root,
        extraFileExtensions: ['.vue'],
        sourceType: 'module',
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `import { type X }` keeps the module as a side-effect import: it loaded every schema on the first screen once.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'eqeqeq': ['error', 'smart'],
      // `async` with no `await` is how a Fastify hook or a fake of an async interface turns a throw into a rejection.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Build and lint configs and a thread's boot script (sync/pageWorker.boot.mjs) are in no tsconfig, so they
    // are linted without types.
    files: ['vite.config.ts', '.config/**', 'src/server/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The server and CLI talk to a console on purpose.
    files: ['src/server/**', 'tests/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['tests/**'],
    // Vitest types its asymmetric matchers (expect.stringMatching, objectContaining…) as `any`.
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },

  // --- Import graph: every import resolves, no cycles in src, and the layers and boundaries the READMEs of
  // src/app, src/server and src/shared state.
  {
    files: ['src/**/*.{ts,vue}', 'tests/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Node's resolution, which also reads package.json "imports" (the `#shared/*` alias).
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.vue', '.js'] })],
      // Which imported files import-x reads to follow the graph, and with what parser.
      'import-x/extensions': ['.ts', '.vue'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'], 'vue-eslint-parser': ['.vue'] },
    },
    rules: {
      // Also the check for a mistyped `.vue` path, which the `*.vue` declaration in src/app/env.d.ts hides
      // from vue-tsc. Vite's virtual modules exist only inside its build.
      'import-x/no-unresolved': ['error', { ignore: ['^virtual:'] }],
    },
  },
  {
    files: ['src/**/*.{ts,vue}'],
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', {
        basePath: root,
        zones: [
          { target: 'src/app', from: 'src/server', message: 'The app talks to the server over HTTP only.' },
          { target: 'src/server', from: 'src/app', message: 'The server never runs app code.' },
          { target: 'src/shared', from: ['src/app', 'src/server'], message: 'src/shared is imported by both sides, never the reverse.' },
          // Feature boundaries (src/app/README.md): a feature never imports another's code. What several share lives
          // in src/app/data, components, composables; pages reach each other through the router. Another feature's
          // messages.ts (its words, registered on import) is the one thing a feature may borrow.
          ...readdirSync(new URL('../src/app/features', import.meta.url)).map(feature => ({
            target: `src/app/features/${feature}`,
            from: `src/app/features/!(${feature})/**`,
            except: ['**/features/*/messages.ts'],
            message: 'Another feature\'s internals: move what is shared to src/app/data, components or composables.',
          })),
        ],
      }],
    },
  },
  {
    // src/server/records/README.md: one module owns the records table; everyone else goes through it. A migration
    // is the other exception: it must keep doing what it did when it was written, whatever the modules become.
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/records/**', 'src/server/storage/migrations/**'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: 'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom)$/] > Literal[value="records"]',
        message: 'Only src/server/records queries the records table: use its read/write functions.',
      }],
    },
  },
  {
    // src/shared/README.md: no `node:` imports (it runs in the browser too); its tsconfig already keeps out the DOM.
    files: ['src/shared/**/*.ts'],
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
)
