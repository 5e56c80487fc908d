import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { SERVER_BUNDLE } from '../../support/serverBundle.ts'
import { TEST_PASSWORD_ENV } from '../../support/childProcess.ts'
export { freePort } from '../../support/childProcess.ts'

const TSX = 'node_modules/.bin/tsx'
const MAIN = 'src/server/main.ts'

export interface ServerProcess {
  child: ChildProcess
  stdout: () => string
  stderr: () => string
  /** Resolves once stdout matches, rejects if the process exits first or the time runs out. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>
  exited: Promise<number | null>
  stop: () => Promise<number | null>
}

export interface SpawnOptions {
  /**
   * Start it as `npm start` does, through the tsx CLI, which compiles the TypeScript at each start (a second or
   * more of a busy core). Otherwise the process is Node running the bundle the suite built once
   * (tests/server/helpers/globalSetup.ts); it is the server itself, so SIGKILL stops it, where it would stop
   * only tsx's wrapper and leave the server running, orphaned.
   */
  viaTsx?: boolean
}

export function spawnServer(env: Record<string, string>, options: SpawnOptions = {}): ServerProcess {
  const [command, args] = options.viaTsx ? [TSX, [MAIN]] : [process.execPath, [SERVER_BUNDLE]]
  const child = spawn(command, args, { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...TEST_PASSWORD_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const exited = once(child, 'exit').then(([code]) => code as number | null)

  function waitFor(pattern: RegExp, timeoutMs = 15_000): Promise<RegExpMatchArray> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`timed out waiting for ${pattern}; stdout: ${out}; stderr: ${err}`)), timeoutMs)
      const check = () => {
        const match = out.match(pattern)
        if (match)
          done(null, match)
      }
      function done(error: Error | null, match?: RegExpMatchArray) {
        clearTimeout(timer)
        child.stdout.off('data', check)
        if (error)
          reject(error)
        else resolve(match!)
      }
      child.stdout.on('data', check)
      void exited.then(code => done(new Error(`exited with ${code} before ${pattern}; stderr: ${err}`)))
      check()
    })
  }

  async function stop(): Promise<number | null> {
    if (child.exitCode === null && child.signalCode === null)
      child.kill('SIGTERM')
    return exited
  }
  return { child, stdout: () => out, stderr: () => err, waitFor, exited, stop }
}
