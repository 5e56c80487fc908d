/** Set by vite.config.ts: package version plus the build's id, shown in settings. */
declare const __APP_VERSION__: string

/**
 * A `.vue` import as ESLint's type-aware rules see it: they type-check without Vue's language plugin, so
 * without this every component would be an error type. vue-tsc resolves the real file and never uses it.
 */
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent
  export default component
}

/** The `hyphen` package's Russian patterns (it ships no types): the calls the documents use. */
declare module 'hyphen/ru' {
  export function hyphenateSync(text: string): string
}
