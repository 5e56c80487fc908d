import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CURRENT_BUILD } from './builds.ts'
import { freePort, stopChild, TEST_PASSWORD_ENV, waitForHealth } from '../../support/childProcess.ts'
import { SERVER_BUNDLE } from '../../support/serverBundle.ts'

const ROOT = join(import.meta.dirname, '../../..')

/**
 * The school's time zone, for its server and its people's browsers alike: the server decides «today» for a
 * survey (DESIGN.md), so a server on UTC beside browsers ten hours ahead would refuse a campaign that opens
 * «today» every evening.
 */
export const SCHOOL_TIME_ZONE = 'Asia/Vladivostok'
const TOKEN = /\b([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})\b/

/** A real server process on a free port, with its own data and its own copy of the built app. */
export interface RunningServer {
  url: string
  staticDir: string
  /** Where its SQLite database lives, for the admin CLI run beside it. */
  dataDir: string
  setupToken: Promise<string>
  stop: () => Promise<void>
  /** Replace the served app with another build, as a deployment would. */
  deploy: (buildDir: string) => void
}

export async function startServer(): Promise<RunningServer> {
  const home = mkdtempSync(join(tmpdir(), 'nastavnik-e2e-'))
  const staticDir = join(home, 'app')
  cpSync(CURRENT_BUILD, staticDir, { recursive: true })
  const dataDir = join(home, 'data')
  const port = await freePort()
  const child = spawn(process.execPath, [SERVER_BUNDLE], {
    cwd: ROOT,
    env: { ...process.env, ...TEST_PASSWORD_ENV, TZ: SCHOOL_TIME_ZONE, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR: staticDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const setupToken = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = TOKEN.exec(output)
      if (match)
        resolve(match[1]!)
    })
    child.once('exit', code => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  setupToken.catch(() => undefined)
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHealth(url, child, () => output)
  return {
    url,
    staticDir,
    dataDir,
    setupToken,
    stop: () => stopChild(child).then(() => rmSync(home, { recursive: true, force: true })),
    deploy: (buildDir) => {
      rmSync(staticDir, { recursive: true, force: true })
      cpSync(buildDir, staticDir, { recursive: true })
    },
  }
}
