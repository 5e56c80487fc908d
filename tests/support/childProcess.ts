import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'

/**
 * What a server or admin process a test starts hashes passwords at: scrypt at 2^12, not production's 2^17
 * (0.3–0.5 s and 128 MiB a hash, several per test). passwords.test.ts checks the production cost itself.
 */
export const TEST_PASSWORD_ENV = { PASSWORD_COST: '12' }

/** Shared by the server tests, the e2e fixture and the benchmarks: each starts real server processes. */
export async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  server.close()
  await once(server, 'close')
  if (address === null || typeof address === 'string')
    throw new Error('no port')
  return address.port
}

/** Waits until a started server answers /api/health, or says why not (its own output). */
export async function waitForHealth(url: string, child: ChildProcess, output: () => string, attempts = 300): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (child.exitCode !== null)
      throw new Error(`server exited early:\n${output()}`)
    if (await fetch(`${url}/api/health`).then(r => r.ok, () => false))
      return
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  throw new Error(`server did not answer /api/health:\n${output()}`)
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null)
    return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
