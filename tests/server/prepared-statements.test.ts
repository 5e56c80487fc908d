import type { Kysely } from 'kysely'
import type { Database } from '../../src/server/storage/schema.ts'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Storage } from '../../src/server/storage/db.ts'
import { migrateToLatest } from '../../src/server/storage/migrate.ts'
import { prepared } from '../../src/server/storage/prepared.ts'
import { createPgDatabase, type TestPgDatabase } from './helpers/postgres.ts'
import { BACKENDS, startTestServer, type TestServer } from './helpers/server.ts'

describe('statements on PostgreSQL', () => {
  let pg: TestPgDatabase
  let storage: Storage
  beforeAll(async () => {
    pg = await createPgDatabase()
    storage = openDatabase({ database: { kind: 'postgres', url: pg.url } })
    await migrateToLatest(storage.db)
  })
  afterAll(async () => {
    await storage?.close()
    await pg?.drop()
  })

  it('are prepared once per connection and then only bound, with the same answers', async () => {
    const read = (db: typeof storage.db) => db.selectFrom('schools').select('id').where('id', '=', 'нет такой школы').execute()
    const prepared = await storage.db.transaction().execute(async (trx) => {
      expect(await read(trx)).toEqual([])
      expect(await read(trx)).toEqual([])
      const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(trx)
      return rows.map(row => row.statement)
    })
    expect(prepared.filter(text => text.startsWith('select "id" from "schools"'))).toHaveLength(1)
  })
})

describe.each(BACKENDS)('a statement compiled once (storage/prepared.ts) on %s', (backend) => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer(backend)
    const at = new Date().toISOString()
    await server.storage.db.insertInto('schools').values(['Школа № 1', 'Школа № 2', 'Школа № 3'].map((name, i) => ({ id: `school-${i + 1}`, name, created_at: at }))).execute()
  })
  afterAll(() => server?.close())

  let builds = 0
  const schoolsNamed = prepared((db: Kysely<Database>, prefix: string, ids: string[]) => {
    builds++
    return db.selectFrom('schools').select(['id', 'name']).where('name', 'like', prefix).where('id', 'in', ids).orderBy('id')
  })

  it('is built once for each length of its list, and binds each call\'s own arguments', async () => {
    const { db } = server.storage
    builds = 0
    expect(await schoolsNamed(db, 'Школа%', ['school-1'])).toEqual([{ id: 'school-1', name: 'Школа № 1' }])
    expect(await schoolsNamed(db, 'Школа%', ['school-3'])).toEqual([{ id: 'school-3', name: 'Школа № 3' }])
    expect(await schoolsNamed(db, 'Гимназия%', ['school-2'])).toEqual([])
    expect(await schoolsNamed(db, 'Школа%', ['school-2', 'school-3'])).toEqual([{ id: 'school-2', name: 'Школа № 2' }, { id: 'school-3', name: 'Школа № 3' }])
    expect(await schoolsNamed(db, 'Школа%', ['school-1', 'school-2'])).toEqual([{ id: 'school-1', name: 'Школа № 1' }, { id: 'school-2', name: 'Школа № 2' }])
    expect(builds).toBe(2)
  })

  it('runs in a transaction on the transaction\'s connection, with the text compiled outside it', async () => {
    const { db } = server.storage
    builds = 0
    await schoolsNamed(db, 'Школа%', ['school-1'])
    const seen = await db.transaction().execute(async (trx) => {
      await trx.updateTable('schools').set({ name: 'Школа № 1 (до отката)' }).where('id', '=', 'school-1').execute()
      const rows = await schoolsNamed(trx, 'Школа%', ['school-1'])
      await trx.updateTable('schools').set({ name: 'Школа № 1' }).where('id', '=', 'school-1').execute()
      return rows
    })
    expect(seen).toEqual([{ id: 'school-1', name: 'Школа № 1 (до отката)' }])
    expect(builds).toBe(0)
  })
})
