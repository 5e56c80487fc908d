import { join } from 'node:path'
import { buildSync } from 'esbuild'

const ROOT = join(import.meta.dirname, '../..')
/*
 * Two levels under the root, as `src/server/` is: the server finds `package.json` (its version) by that
 * relative path from its own module.
 */
const OUT_DIR = join(ROOT, 'node_modules/.server-bundle')

/** The server (with its threads) and the admin CLI as plain Node scripts: how processes a suite starts by the dozen run them. */
export const SERVER_BUNDLE = join(OUT_DIR, 'main.mjs')
export const ADMIN_BUNDLE = join(OUT_DIR, 'cli.mjs')

/**
 * Bundles both once, before a suite's processes start: through tsx each start compiled the server's TypeScript
 * again, over a second of two busy cores per server and per admin command. Packages stay in node_modules.
 */
export function bundleServer(): void {
  buildSync({
    entryPoints: {
      main: join(ROOT, 'src/server/main.ts'),
      cli: join(ROOT, 'src/server/admin/cli.ts'),
      // The server's threads, found beside it (src/server/threads/calls.ts, `entryBeside`).
      writeWorker: join(ROOT, 'src/server/sync/writeWorker.ts'),
      pageWorker: join(ROOT, 'src/server/sync/pageWorker.ts'),
    },
    outdir: OUT_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  })
}
