/** Set by vite.config.ts: package version plus the build's id, shown in settings. */
declare const __APP_VERSION__: string
