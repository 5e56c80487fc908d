import { describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { programFields, SyncClient, upsert, useSchoolServer } from './helpers/school.ts'
import { BACKENDS } from './helpers/server.ts'
import { distributedTablesOf, recordedStatements, unscopedStatements } from './helpers/sqlAudit.ts'

describe('the SQL audit for a distribution by school (Citus)', () => {
  it('flags a statement on a school\'s table that does not name the school, and only such', () => {
    const unscoped = [
      'select * from "records" where "id" = ?',
      'update "client_state" set "user_id" = $1 where "client_id" = $2',
      'delete from survey_answers where campaign_id = $1',
      'select "r"."id" from "users" inner join "rejections" as "r" on "r"."user_id" = "users"."id"',
      // Writes joined in one statement on PostgreSQL (`writeAll`): one of them names no school.
      'with "write0" as (insert into "audit_log" ("school_id", "version") values ($1, $2)) update "client_state" set "last_seq" = $3 where "client_id" = $4',
      'with "write0" as (update "records" set "deleted" = $1 where "id" = $2), "write1" as (insert into "audit_log" ("school_id") values ($3)) update "schools" set "scope_version" = $4',
    ]
    const scoped = [
      'select * from "records" where "school_id" = ? and "entity" = ?',
      'insert into "audit_log" ("school_id", "version", "user_id") values (?, ?, ?)',
      'update "client_state" set "last_seq" = $1 where "school_id" = $2 and "client_id" = $3',
      'delete from "handovers" where "school_id" in ($1, $2)',
      'with "write0" as (insert into "records" ("school_id", "id") values ($1, $2) on conflict ("school_id", "id") do update set "id" = "excluded"."id"), "write1" as (insert into "audit_log" ("school_id") values ($3)) update "client_state" set "last_seq" = $4 where "school_id" = $5',
      // Reference tables (copied to every node) may be read by a global key.
      'select * from "sessions" where "token_hash" = ?',
      'select * from "schools"',
    ]
    expect(unscopedStatements([...unscoped, ...scoped])).toEqual(unscoped)
    expect(distributedTablesOf('select * from "users" inner join "rejections" on 1 = 1')).toEqual(['rejections'])
  })

  describe.each(BACKENDS)('on %s', (backend) => {
    const ctx = useSchoolServer(backend)

    it('records what the server runs, the sync\'s statements among them', async () => {
      const client = new SyncClient(ctx.server.app, ctx.school.curatorToken)
      await client.push(upsert('programs', uuidv7(), programFields('Программа')))
      await client.pullAll()
      const onRecords = [...recordedStatements()].filter(sql => distributedTablesOf(sql).includes('records'))
      expect(onRecords.length).toBeGreaterThanOrEqual(2)
      expect(onRecords.some(sql => /^insert into "records"/.test(sql))).toBe(true)
    })
  })
})
