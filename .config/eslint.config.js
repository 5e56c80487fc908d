// The one linter, which also formats (stylistic rules instead of a second tool). It lives in .config/ to keep
// the top level to the design card's list; `npm run lint` points at it.
import { readdirSync } from 'node:fs'
import stylistic from '@stylistic/eslint-plugin'
import importX from 'eslint-plugin-import-x'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/bench/results.*'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  stylistic.configs.customize({ indent: 2, quotes: 'single', semi: false, braceStyle: '1tbs' }),
  {
    files: ['**/*.{ts,vue,js}'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'eqeqeq': ['error', 'smart'],
    },
  },
  {
    // Feature boundaries (src/app/README.md): a feature never imports another's code. What several share lives in
    // src/app/data, components, composables; pages reach each other through the router. Another feature's
    // messages.ts (its words, registered on import) is the one thing a feature may borrow.
    files: ['src/app/features/**'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', {
        zones: readdirSync(new URL('../src/app/features', import.meta.url)).map(feature => ({
          target: `./src/app/features/${feature}/**`,
          from: `./src/app/features/!(${feature})/**`,
          except: ['**/features/*/messages.ts'],
          message: 'Another feature\'s internals: move what is shared to src/app/data, components or composables.',
        })),
      }],
    },
  },
  {
    // The server and CLI talk to a console on purpose.
    files: ['src/server/**', 'tests/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
)
