import type { TestCall } from './fixtures/testThread.ts'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HttpError } from '../../src/server/http/errors.ts'
import { readSnapshot } from '../../src/server/storage/dialect.ts'
import { openDatabase, type Storage } from '../../src/server/storage/db.ts'
import { StorageHealth } from '../../src/server/storage/health.ts'
import { migrateToLatest } from '../../src/server/storage/migrate.ts'
import { ThreadCalls } from '../../src/server/threads/calls.ts'
import { tempDir } from './helpers/server.ts'

/*
 * The server's threads (src/server/threads): how calls and their failures cross, and the SQLite locking that lets
 * the push thread and the server's own connection write one file. The sync itself through the threads is run by
 * the sync suites (`SYNC_BACKENDS`' 'sqlite-threads').
 */

const file = join(tempDir('nastavnik-threads-'), 'nastavnik.sqlite')
let storage: Storage

beforeAll(async () => {
  storage = openDatabase({ database: { kind: 'sqlite', file } })
  await migrateToLatest(storage.db)
  await storage.db.insertInto('schools').values({ id: 'school-1', name: 'МБОУ СОШ № 7', created_at: new Date().toISOString() }).execute()
})
afterAll(() => storage?.close())

describe('a call to a thread', () => {
  const health = new StorageHealth()
  const thread = new ThreadCalls<TestCall, number>(new URL('./fixtures/testThread.ts', import.meta.url), { kind: 'sqlite', file }, health)
  afterAll(() => thread.close())

  it('is answered from the thread\'s own connection to the same database', async () => {
    expect(await thread.call('schools')).toBe(1)
  })

  it('fails with the HttpError the thread threw: its status, code and problem', async () => {
    const error = await thread.call('http error').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ status: 403, code: 'forbidden', why: { problem: 'client_of_other_user' } })
  })

  it('fails with a storage fault\'s code, which the server\'s health hears until an insert succeeds', async () => {
    await expect(thread.call('disk full')).rejects.toMatchObject({ code: 'SQLITE_FULL', message: 'database or disk is full' })
    expect(health.fault).toBe('full')
    health.inserted()
    expect(health.fault).toBeNull()
  })

  it('fails when its thread dies, and the next call starts another thread', async () => {
    await expect(thread.call('exit')).rejects.toThrow('a server thread stopped (exit code 3)')
    expect(await thread.call('schools')).toBe(1)
  })

  it('is refused once the server closed its threads, and starts none', async () => {
    const closing = new ThreadCalls<TestCall, number>(new URL('./fixtures/testThread.ts', import.meta.url), { kind: 'sqlite', file }, health)
    expect(await closing.call('schools')).toBe(1)
    await closing.close()
    await expect(closing.call('schools')).rejects.toThrow('the server is stopping')
  })
})

describe('SQLite written from two connections', () => {
  /** Another connection that never waits: it is refused at once wherever it would wait for the lock. */
  const other = () => new SQLite(file, { timeout: 0 })

  it('a write transaction holds the write lock from its BEGIN, so another writer waits instead of failing it later', async () => {
    const writer = other()
    try {
      await storage.db.transaction().execute(async (trx) => {
        await trx.selectFrom('schools').select('id').execute()
        // Deferred, the other's commit would land here and the write below fail with SQLITE_BUSY_SNAPSHOT.
        expect(() => writer.exec('begin immediate')).toThrow(/locked|busy/i)
        await trx.updateTable('schools').set({ name: 'МБОУ СОШ № 8' }).where('id', '=', 'school-1').execute()
      })
    } finally {
      writer.close()
    }
  })

  it('a write waits for the lock another connection holds without stopping the server\'s thread', async () => {
    const writer = new SQLite(file)
    let ticks = 0
    const ticking = setInterval(() => ticks++, 2)
    try {
      writer.exec('begin immediate')
      const waiting = storage.db.updateTable('schools').set({ name: 'МБОУ СОШ № 10' }).where('id', '=', 'school-1').execute()
      // SQLite's own busy handler would sleep inside the call: no timer would fire, and the other could never commit.
      await new Promise(resolve => setTimeout(resolve, 60))
      expect(ticks).toBeGreaterThan(5)
      writer.exec('commit')
      await waiting
    } finally {
      clearInterval(ticking)
      writer.close()
    }
    expect((await storage.db.selectFrom('schools').select('name').executeTakeFirstOrThrow()).name).toBe('МБОУ СОШ № 10')
  })

  it('a snapshot read takes no lock: a writer commits beside it', async () => {
    const writer = other()
    try {
      await readSnapshot(storage.db, 'sqlite', async (trx) => {
        await trx.selectFrom('schools').select('id').execute()
        writer.exec('begin immediate; update schools set name = \'МБОУ СОШ № 9\' where id = \'school-1\'; commit')
      })
    } finally {
      writer.close()
    }
  })

  it('the pull thread\'s connection cannot write', async () => {
    const reader = openDatabase({ database: { kind: 'sqlite', file } }, { readOnly: true })
    try {
      expect((await reader.db.selectFrom('schools').select('name').execute()).map(row => row.name)).toEqual(['МБОУ СОШ № 9'])
      await expect(reader.db.updateTable('schools').set({ name: 'Другая' }).execute()).rejects.toMatchObject({ code: 'SQLITE_READONLY' })
    } finally {
      await reader.close()
    }
  })
})
