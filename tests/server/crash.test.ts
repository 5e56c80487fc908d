import type { PushResponse } from '#shared/sync/protocol'
import type { ServerProcess } from './helpers/process.ts'
import SQLite from 'better-sqlite3'
import { randomInt } from 'node:crypto'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { freePort, spawnServer } from './helpers/process.ts'
import { programFields } from './helpers/school.ts'
import { SETUP_BODY, tempDir } from './helpers/server.ts'

/** How many times the server is killed: 20 in `npm test`, 1,000 in `npm run soak` (CRASH_KILLS). */
const KILLS = Number(process.env.CRASH_KILLS ?? 20)
const BATCH = 20

const root = tempDir('nastavnik-crash-')
const running: ServerProcess[] = []
afterAll(async () => {
  await Promise.all(running.map(p => p.stop()))
  rmSync(root, { recursive: true, force: true })
})

async function start(dataDir: string): Promise<{ process: ServerProcess, base: string }> {
  const port = await freePort()
  const process = spawnServer({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR: join(root, 'no-static') })
  running.push(process)
  await process.waitFor(/слушает/)
  return { process, base: `http://127.0.0.1:${port}` }
}

describe('a server killed mid-push', () => {
  it(`loses nothing acknowledged and applies nothing twice across ${KILLS} SIGKILLs`, { timeout: 30_000 + KILLS * 5_000 }, async () => {
    const dataDir = join(root, 'data')
    let server = await start(dataDir)
    const [, setupToken] = await server.process.waitFor(/код установки:\s+(\S+)/)
    const setup = await fetch(`${server.base}/api/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...SETUP_BODY, token: setupToken }) })
    expect(setup.status).toBe(201)
    const { token } = (await setup.json()) as { token: string }

    // The device: an outbox of mutations (seq = index + 1), each creating its own program.
    const clientId = uuidv7()
    const outbox: Array<{ seq: number, entity: string, id: string, op: 'upsert', fields: Record<string, unknown>, at: string }> = []
    const acknowledged = new Set<number>()
    let lastSeq = 0
    const appliedCount = new Map<number, number>()
    const addBatch = () => {
      for (let i = 0; i < BATCH; i++) {
        const seq = outbox.length + 1
        outbox.push({ seq, entity: 'programs', id: uuidv7(), op: 'upsert', fields: programFields(`Программа ${seq}`), at: new Date().toISOString() })
      }
    }
    // As the app does: send everything after the last acknowledged seq; on an answer, note what it acknowledged.
    const pushPending = async (base: string) => {
      const response = await fetch(`${base}/api/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
        body: JSON.stringify({ protocol: PROTOCOL_VERSION, clientId, mutations: outbox.slice(lastSeq) }),
      })
      expect(response.status).toBe(200)
      const body = (await response.json()) as PushResponse
      for (const result of body.results) {
        expect(result.status).not.toBe('rejected')
        if (result.status === 'applied')
          appliedCount.set(result.seq, (appliedCount.get(result.seq) ?? 0) + 1)
      }
      for (let seq = lastSeq + 1; seq <= body.lastSeq; seq++)
        acknowledged.add(seq)
      lastSeq = body.lastSeq
    }

    for (let kill = 0; kill < KILLS; kill++) {
      for (let clean = randomInt(3); clean > 0; clean--) {
        addBatch()
        await pushPending(server.base)
      }
      // One push in flight; the kill lands before, during or after its commit.
      addBatch()
      // A lost connection is a TypeError from fetch; a failed expectation inside must still fail the test.
      const inFlight = pushPending(server.base).catch((error: Error) => {
        if (error.name !== 'TypeError')
          throw error
      })
      await sleep(randomInt(31))
      server.process.child.kill('SIGKILL')
      await inFlight
      expect(await server.process.exited).toBeNull()
      server = await start(dataDir)
    }
    await pushPending(server.base)
    expect(lastSeq).toBe(outbox.length)
    expect(await server.process.stop()).toBe(0)

    // No seq was ever reported applied twice; resends of what a lost answer had committed came back as duplicates.
    expect([...appliedCount.values()].every(n => n === 1)).toBe(true)
    const db = new SQLite(join(dataDir, 'nastavnik.sqlite'), { readonly: true })
    try {
      const rows = db.prepare('select id, version from records').all() as Array<{ id: string, version: number }>
      const ids = new Set(rows.map(r => r.id))
      for (const seq of acknowledged)
        expect(ids.has(outbox[seq - 1]!.id), `seq ${seq}`).toBe(true)
      expect(rows.length).toBe(ids.size)
      expect(rows.length).toBe(outbox.length)
      expect(rows.length).toBeGreaterThanOrEqual(acknowledged.size)
      const versions = rows.map(r => r.version)
      expect(new Set(versions).size).toBe(versions.length)
      // Every reserved version was used by exactly one write: a killed push rolled its reservation back.
      const { version_counter } = db.prepare('select version_counter from schools').get() as { version_counter: number }
      expect(version_counter).toBe(outbox.length)
      const state = db.prepare('select last_seq from client_state where client_id = ?').get(clientId) as { last_seq: number }
      expect(state.last_seq).toBe(Math.max(...acknowledged))
    } finally {
      db.close()
    }
  })
})
