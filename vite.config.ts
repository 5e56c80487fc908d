import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import pkg from './package.json' with { type: 'json' }
import { TEST_PASSWORD_ENV } from './tests/support/childProcess.ts'

// Shown in settings; a deployment may add its own build id (the e2e update test builds a second one).
const appVersion = process.env.APP_BUILD_ID ? `${pkg.version}+${process.env.APP_BUILD_ID}` : pkg.version

/** Writes .br and .gz beside every text asset, once at build time, for the server to send as they are. */
function precompress(): Plugin {
  let dist = ''
  return {
    name: 'nastavnik:precompress',
    apply: 'build',
    configResolved(config) {
      dist = resolve(config.root, config.build.outDir)
    },
    closeBundle: { order: 'post', handler() {
      for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(f => /\.(?:js|css|html|svg|webmanifest)$/.test(f))) {
        const body = readFileSync(join(dist, file))
        writeFileSync(join(dist, `${file}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
        writeFileSync(join(dist, `${file}.gz`), gzipSync(body, { level: 9 }))
      }
    } },
  }
}

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  plugins: [vue(), precompress(), VitePWA({
    // A new version is offered by the app, never forced (see src/app/pwa/).
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Наставник — целевая модель наставничества',
      short_name: 'Наставник',
      description: 'Программы, пары, встречи, анкеты и отчёты наставничества. Работает без сети.',
      lang: 'ru',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      orientation: 'any',
      theme_color: '#1f5fbf',
      background_color: '#f6f7f9',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    includeAssets: ['favicon.svg', 'icons/*.png'],
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      navigateFallback: '/index.html',
      // The API is never cached: data lives in IndexedDB, and a stale answer would lie about the server.
      navigateFallbackDenylist: [/^\/api\//],
      cleanupOutdatedCaches: true,
      // The first install takes the open page at once: a mentor who enrolls and walks out of the school's Wi-Fi
      // without reloading still opens the meeting form from the precache. An update still waits for the prompt.
      clientsClaim: true,
    },
  })],
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    // Vitest's default (cores − 1) runs one file at a time on CI's two cores, while many server files mostly wait
    // on PostgreSQL and on the processes they start.
    maxWorkers: 2,
    // A hang guard, not a speed check (speed lives in the bench): fake-indexeddb writing a thousand rows can take
    // several seconds on a loaded two-core machine.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['fake-indexeddb/auto'] } },
      { extends: true, test: { name: 'components', include: ['tests/components/**/*.test.ts'], environment: 'happy-dom', setupFiles: ['fake-indexeddb/auto', 'tests/components/autoUnmount.ts'] } },
      { extends: true, test: { name: 'sync', include: ['tests/sync/**/*.test.ts'], environment: 'node', setupFiles: ['fake-indexeddb/auto'] } },
      { extends: true, test: { name: 'server', include: ['tests/server/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000, env: TEST_PASSWORD_ENV, globalSetup: ['tests/server/helpers/globalSetup.ts'], setupFiles: ['tests/server/helpers/passwordCost.ts', 'tests/server/helpers/sqlAuditSetup.ts'] } },
    ],
  },
})
