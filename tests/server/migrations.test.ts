import type { Kysely } from 'kysely'
import type { DatabaseConfig } from '../../src/server/config.ts'
import type { Database } from '../../src/server/storage/schema.ts'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { Migrator, sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { UUID_PATTERN } from '#shared/ids'
import { openDatabase } from '../../src/server/storage/db.ts'
import { migrateToLatest } from '../../src/server/storage/migrate.ts'
import { migrations } from '../../src/server/storage/migrations/index.ts'
import { createPgDatabase } from './helpers/postgres.ts'
import { BACKENDS, tempDir } from './helpers/server.ts'

async function withDatabase(backend: typeof BACKENDS[number], run: (db: Kysely<Database>) => Promise<void>): Promise<void> {
  const dir = tempDir()
  const pg = backend === 'postgres' ? await createPgDatabase() : null
  const database: DatabaseConfig = pg ? { kind: 'postgres', url: pg.url } : { kind: 'sqlite', file: join(dir, 'db.sqlite') }
  const storage = openDatabase({ database })
  try {
    await run(storage.db)
  } finally {
    await storage.close()
    await pg?.drop()
    rmSync(dir, { recursive: true, force: true })
  }
}

describe.each(BACKENDS)('migrations on %s', (backend) => {
  it('0002 gives existing sessions a device id and keeps a logout a logout', async () => {
    await withDatabase(backend, async (db) => {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
      expect((await migrator.migrateTo('0001_init')).error).toBeUndefined()
      const now = '2024-09-01T08:00:00.000Z'
      await sql`insert into schools (id, name, created_at) values ('s1', 'Школа', ${now})`.execute(db)
      await sql`insert into users (school_id, id, name, role, login, password_hash, created_at) values ('s1', 'u1', 'Куратор', 'curator', 'curator', null, ${now})`.execute(db)
      await sql`insert into sessions (token_hash, school_id, user_id, created_at, last_seen_at, revoked_at) values ('h1', 's1', 'u1', ${now}, ${now}, null), ('h2', 's1', 'u1', ${now}, ${now}, ${now})`.execute(db)

      await migrateToLatest(db)
      const sessions = await db.selectFrom('sessions').selectAll().orderBy('token_hash').execute()
      expect(sessions.map(s => s.id)).toEqual([expect.stringMatching(UUID_PATTERN), expect.stringMatching(UUID_PATTERN)])
      expect(sessions[0]!.id).not.toBe(sessions[1]!.id)
      expect(sessions.map(s => [s.device_name, s.last_sync_at, s.revoked_by])).toEqual([['', null, null], ['', null, 'u1']])
      const user = await db.selectFrom('users').selectAll().executeTakeFirstOrThrow()
      expect(user.person_id).toBeNull()

      // And back down, for an operator who has to roll a release back.
      expect((await migrator.migrateTo('0001_init')).error).toBeUndefined()
      expect(await migrator.migrateToLatest().then(r => r.error)).toBeUndefined()
    })
  })

  it('0013 gives every consent its person as owner, so a push finds a pair\'s consents by person', async () => {
    await withDatabase(backend, async (db) => {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
      expect((await migrator.migrateTo('0012_staff_accounts')).error).toBeUndefined()
      const now = '2026-09-01T08:00:00.000Z'
      await sql`insert into schools (id, name, created_at) values ('s1', 'Школа', ${now})`.execute(db)
      const consent = (id: string, version: number, data: unknown) =>
        sql`insert into records (school_id, entity, id, version, deleted, data, ref_id, updated_at, updated_by) values ('s1', 'consents', ${id}, ${version}, 0, ${JSON.stringify(data)}, null, ${now}, 'u1')`.execute(db)
      await consent('c1', 1, { personId: 'p1', kind: 'pdn' })
      await consent('c2', 2, { kind: 'pdn' })
      await sql`insert into records (school_id, entity, id, version, deleted, data, ref_id, updated_at, updated_by) values ('s1', 'people', 'p1', 3, 0, '{}', null, ${now}, 'u1')`.execute(db)

      await migrateToLatest(db)
      const rows = await db.selectFrom('records').select(['id', 'ref_id']).where('school_id', '=', 's1').orderBy('id').execute()
      // A consent without a person (never stored by the app) keeps no owner; other entities are left as they were.
      expect(rows).toEqual([{ id: 'c1', ref_id: 'p1' }, { id: 'c2', ref_id: null }, { id: 'p1', ref_id: null }])
    })
  })
})
