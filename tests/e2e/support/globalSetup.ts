import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { bundleServer } from '../../support/serverBundle.ts'
import { CURRENT_BUILD, NEXT_BUILD, NEXT_BUILD_ID } from './builds.ts'

export default function globalSetup(): void {
  if (!existsSync(join(CURRENT_BUILD, 'index.html')))
    throw new Error(`No built app in ${CURRENT_BUILD}: run "npm run build" first (npm run test:e2e does).`)
  bundleServer()
  rmSync(NEXT_BUILD, { recursive: true, force: true })
  const root = join(import.meta.dirname, '../../..')
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--outDir', NEXT_BUILD, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, APP_BUILD_ID: NEXT_BUILD_ID },
    stdio: 'inherit',
  })
}
