import type { ServerProcess } from './helpers/process.ts'
import type { Kysely } from 'kysely'
import type { Database } from '../../src/server/storage/schema.ts'
import type { School } from './helpers/school.ts'
import type { Backend, TestServer } from './helpers/server.ts'
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { watchIntegrity } from '../../src/server/storage/integrity.ts'
import { freePort, spawnServer } from './helpers/process.ts'
import { meetingFields, pairFields, personFields, programFields, setupSchool, upsert, useSchoolServer } from './helpers/school.ts'
import { BACKENDS, bearer, json, post, startTestServer, tempDir } from './helpers/server.ts'

const root = tempDir('nastavnik-storage-')
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** Enough meetings for the records table to span many pages, so one in its middle can be damaged. */
function meetings(pairId: string, n: number) {
  return Array.from({ length: n }, (_, i) => upsert('meetings', uuidv7(), meetingFields(pairId, { notes: `Встреча ${i}: ${'подробности '.repeat(30)}` })))
}

/** A school with a programme, an ended pair (no consents needed) and many meetings. */
async function fillSchool(school: School): Promise<void> {
  const [program, mentor, pair] = [uuidv7(), uuidv7(), uuidv7()]
  await school.curator.push(
    upsert('programs', program, programFields()),
    upsert('people', mentor, personFields('Соколов Игорь', { isMentor: 1 })),
    upsert('pairs', pair, { ...pairFields(program, mentor, [uuidv7()]), status: 'ended' }),
  )
  const pushed = await school.curator.push(...meetings(pair, 300))
  expect(pushed.results.every(r => r.status === 'applied'), JSON.stringify(pushed.results[0])).toBe(true)
}

const sqliteFile = (server: TestServer) => (server.database as { file: string }).file

/** A working school's SQLite file, checkpointed so the main file holds everything. */
async function goodDatabase(): Promise<string> {
  const server = await startTestServer('sqlite')
  await fillSchool(await setupSchool(server))
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(server.storage.db)
  const file = join(root, 'good.sqlite')
  copyFileSync(sqliteFile(server), file)
  await server.close()
  return file
}

/** A leaf page of the records table from the middle of the file: the damage no start-up read touches. */
function middleRecordsPage(file: string): { offset: number, size: number } {
  const db = new SQLite(file, { readonly: true })
  const size = db.pragma('page_size', { simple: true }) as number
  const pages = db.prepare('select pageno from dbstat where name = \'records\' and pagetype = \'leaf\' order by pageno').all() as Array<{ pageno: number }>
  db.close()
  expect(pages.length).toBeGreaterThan(10)
  return { offset: (pages[Math.floor(pages.length / 2)]!.pageno - 1) * size, size }
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+')
  writeSync(fd, bytes, 0, bytes.length, offset)
  closeSync(fd)
}

describe('a database file the server cannot trust', () => {
  let good: string
  const running: ServerProcess[] = []
  beforeAll(async () => {
    good = await goodDatabase()
  })
  afterAll(() => Promise.all(running.map(p => p.stop())))

  /** A DATA_DIR holding the good file spoilt by `spoil`; the server started on it. */
  async function startOn(name: string, spoil: (file: string) => void): Promise<{ server: ServerProcess, file: string }> {
    const dataDir = join(root, name)
    mkdirSync(dataDir)
    const file = join(dataDir, 'nastavnik.sqlite')
    copyFileSync(good, file)
    spoil(file)
    const server = spawnServer({ PORT: String(await freePort()), HOST: '127.0.0.1', DATA_DIR: dataDir })
    running.push(server)
    return { server, file }
  }

  it.each([
    ['damaged in the middle of the records table', (file: string) => {
      const page = middleRecordsPage(file)
      overwrite(file, page.offset, Buffer.alloc(64, 0xAB))
    }, 'повреждён'],
    ['truncated', (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2)), 'повреждён'],
    ['garbage', (file: string) => writeFileSync(file, Buffer.from('это не база данных '.repeat(500))), 'повреждён'],
    ['empty (0 bytes)', (file: string) => writeFileSync(file, ''), 'пуст'],
  ])('stops at start with one sentence when the file is %s', async (name, spoil, says) => {
    const { server, file } = await startOn(name.replace(/\W+/g, '-'), spoil)
    const before = readFileSync(file)
    expect(await server.exited).toBe(1)
    const lines = server.stderr().split('\n').filter(Boolean)
    expect(lines, server.stderr()).toHaveLength(1)
    expect(lines[0]).toMatch(new RegExp(`^Наставник: файл базы данных «${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}» ${says}`))
    expect(lines[0]).toContain('резервной копии')
    expect(lines[0]).toContain('README')
    expect(server.stdout()).not.toContain('код установки')
    expect(readFileSync(file).equals(before), 'the file is left as it was').toBe(true)
  })

  it('starts on the good file', async () => {
    const { server } = await startOn('good', () => {})
    await server.waitFor(/слушает/)
    expect(await server.stop()).toBe(0)
  })
})

describe('damage found while the server runs (SQLite)', () => {
  const ctx = useSchoolServer('sqlite')

  it('the periodic quick_check makes /api/health and every API answer 503 with a sentence', async () => {
    const { server, school } = ctx
    await fillSchool(school)
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(server.storage.db)
    const file = sqliteFile(server)
    const report = vi.fn()
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const stop = watchIntegrity(file, server.storage.health, 6 * 3600_000, report)
    try {
      vi.advanceTimersByTime(6 * 3600_000)
      expect(report).not.toHaveBeenCalled()
      expect((await server.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)

      const page = middleRecordsPage(file)
      overwrite(file, page.offset, Buffer.alloc(64, 0xAB))
      vi.advanceTimersByTime(6 * 3600_000)
    } finally {
      stop()
      vi.useRealTimers()
    }
    expect(report).toHaveBeenCalledOnce()

    const health = await server.app.inject({ method: 'GET', url: '/api/health' })
    expect(health.statusCode).toBe(503)
    expect(json(health)).toMatchObject({ ok: false, db: 'sqlite', problem: 'db_damaged' })
    const pull = await post(server.app, '/api/sync/pull', { protocol: school.curator.protocol, cursor: null }, bearer(school.curatorToken))
    expect(pull.statusCode).toBe(503)
    expect(json(pull)).toMatchObject({ error: 'unavailable', problem: 'db_damaged' })
    expect(json(pull).message).toMatch(/^База данных сервера повреждена/)
    expect((await server.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(school.curatorToken) })).statusCode).toBe(503)
  })
})

/** How each database runs out of disk for real, and gets it back. */
const DISK: Record<Backend, { fill: (db: Kysely<Database>) => Promise<void>, free: (db: Kysely<Database>) => Promise<void> }> = {
  // SQLite's own limit on the file's pages: a push that needs a new page fails with SQLITE_FULL, as on a full disk.
  sqlite: {
    fill: async (db) => {
      const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(db)
      await sql.raw(`pragma max_page_count = ${rows[0]!.page_count}`).execute(db)
    },
    free: db => sql`pragma max_page_count = 1073741823`.execute(db).then(() => {}),
  },
  // PostgreSQL's error for a full disk, 53100, raised by the server itself on every write of records.
  postgres: {
    fill: async (db) => {
      await sql`create function disk_full() returns trigger language plpgsql as $$ begin raise exception 'could not extend file: No space left on device' using errcode = 'disk_full'; end $$`.execute(db)
      await sql`create trigger disk_full before insert or update on records for each row execute function disk_full()`.execute(db)
    },
    free: db => sql`drop function disk_full() cascade`.execute(db).then(() => {}),
  },
}

describe.each(BACKENDS)('a full disk on %s', (backend) => {
  const ctx = useSchoolServer(backend)

  it('answers a write 507 with a sentence, reads still work, /api/health says so until a write succeeds', async () => {
    const { server, school } = ctx
    const db = server.storage.db
    await school.curator.push(upsert('programs', uuidv7(), programFields()))
    await DISK[backend].fill(db)
    const person = upsert('people', uuidv7(), personFields('Орлова Вера', { notes: 'заметка '.repeat(600) }))
    const refused = await school.curator.pushRaw([person])
    expect(refused.statusCode, refused.body).toBe(507)
    expect(json(refused)).toMatchObject({ error: 'insufficient_storage', problem: 'disk_full' })
    expect(json(refused).message).toMatch(/^На сервере кончилось место на диске/)
    const health = await server.app.inject({ method: 'GET', url: '/api/health' })
    expect(health.statusCode).toBe(503)
    expect(json(health)).toMatchObject({ ok: false, db: backend, problem: 'disk_full' })
    expect((await school.curator.pullAll()).changes.length).toBeGreaterThan(0)

    await DISK[backend].free(db)
    school.curator.seq--
    const sent = await school.curator.push(person)
    expect(sent.results.map(r => r.status)).toEqual(['applied'])
    const healthy = await server.app.inject({ method: 'GET', url: '/api/health' })
    expect(healthy.statusCode).toBe(200)
    expect(json(healthy)).toMatchObject({ ok: true })
  })
})
