import type { ServerProcess, SpawnOptions } from './helpers/process.ts'
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { request } from 'node:https'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort, spawnServer } from './helpers/process.ts'
import { PACKAGE_VERSION, SETUP_BODY, tempDir } from './helpers/server.ts'

const root = tempDir('nastavnik-process-')
const running: ServerProcess[] = []
afterAll(async () => {
  await Promise.all(running.map(p => p.stop()))
  rmSync(root, { recursive: true, force: true })
})

function start(env: Record<string, string>, options?: SpawnOptions): ServerProcess {
  const server = spawnServer(env, options)
  running.push(server)
  return server
}

describe('the server process', () => {
  it('exits 1 with one sentence on a bad PORT, creating nothing', async () => {
    const dataDir = join(root, 'never')
    const server = start({ PORT: 'abc', DATA_DIR: dataDir })
    expect(await server.exited).toBe(1)
    expect(server.stderr().trim()).toBe('Наставник: PORT must be a number from 1 to 65535, got "abc"')
    expect(server.stdout()).toBe('')
    expect(existsSync(dataDir)).toBe(false)
  })

  it('exits 1 with one sentence when the database cannot be reached', async () => {
    const server = start({ PORT: String(await freePort()), DATA_DIR: join(root, 'pg-down'), DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' })
    expect(await server.exited).toBe(1)
    expect(server.stderr().trim()).toMatch(/^Наставник: cannot prepare the postgres database: .*ECONNREFUSED/)
  })

  // Through tsx, as `npm start` runs it: the one test of the TypeScript start the README's quick start uses.
  it('prints a setup token that completes setup, and stops cleanly on SIGTERM', async () => {
    const port = await freePort()
    const staticDir = join(root, 'static')
    const server = start({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(root, 'data'), STATIC_DIR: staticDir }, { viaTsx: true })
    const [, token] = await server.waitFor(/код установки:\s+([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/)
    expect(server.stdout()).toContain(`http://localhost:${port}/`)

    const base = `http://127.0.0.1:${port}`
    const health = await fetch(`${base}/api/health`)
    expect(await health.json()).toEqual({ ok: true, version: PACKAGE_VERSION, db: 'sqlite' })

    const setup = await fetch(`${base}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...SETUP_BODY, token }),
    })
    expect(setup.status).toBe(201)
    expect(((await setup.json()) as { user: { role: string } }).user.role).toBe('curator')
    expect(existsSync(join(root, 'data', 'nastavnik.sqlite'))).toBe(true)

    expect(await server.stop()).toBe(0)
  })

  it('serves HTTPS when given a certificate and key', async () => {
    const cert = join(root, 'cert.pem')
    const key = join(root, 'key.pem')
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' })
    const port = await freePort()
    const server = start({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(root, 'tls-data'), TLS_CERT: cert, TLS_KEY: key })
    await server.waitFor(/https:\/\/localhost:\d+\//)
    const body = await new Promise<string>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/api/health', rejectUnauthorized: false }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () => resolve(text))
      }).on('error', reject).end()
    })
    expect(JSON.parse(body)).toMatchObject({ ok: true, db: 'sqlite' })
    expect(await server.stop()).toBe(0)
  })
})
