import type { TestServer } from './server.ts'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { TEST_PASSWORD_ENV } from '../../support/childProcess.ts'
import { ADMIN_BUNDLE } from '../../support/serverBundle.ts'

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs the admin CLI as a real process, the bundle its suite built once (tests/support/serverBundle.ts), with
 * only the environment given, and `input` as its whole stdin (none: stdin is closed at once, as with </dev/null).
 */
export async function runAdmin(args: string[], env: Record<string, string>, input?: string): Promise<CliResult> {
  const child = spawn(process.execPath, [ADMIN_BUNDLE, ...args], {
    env: { PATH: process.env.PATH ?? '', ...TEST_PASSWORD_ENV, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdin.end(input ?? '')
  // 'close', not 'exit': by then stdout and stderr have been read to the end.
  const [code] = await once(child, 'close') as [number | null]
  return { code, stdout, stderr }
}

/** The settings the server under test uses, so the CLI opens the same database. */
export function adminEnv(server: Pick<TestServer, 'dataDir' | 'database'>): Record<string, string> {
  return server.database.kind === 'postgres'
    ? { DATA_DIR: server.dataDir, DATABASE_URL: server.database.url }
    : { DATA_DIR: server.dataDir }
}
