import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Storage } from '../../src/server/storage/db.ts'
import { migrateToLatest } from '../../src/server/storage/migrate.ts'
import { createPgDatabase, type TestPgDatabase } from './helpers/postgres.ts'

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
