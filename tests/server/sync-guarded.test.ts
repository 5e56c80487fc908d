import { describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { pushedBetween } from './helpers/guard.ts'
import { recordRow, snapshot } from './helpers/records.ts'
import { programFields, SyncClient, upsert, useSchoolServer } from './helpers/school.ts'
import { statementsRun } from './helpers/sqlAudit.ts'

/** A push on PostgreSQL reads first and writes in one guarded statement (src/server/sync/guarded.ts). */
describe('guarded pushes on postgres', () => {
  const ctx = useSchoolServer('postgres')
  const db = () => ctx.server.storage.db
  const known = async () => {
    const client = new SyncClient(ctx.server.app, ctx.school.curatorToken)
    await client.push(upsert('programs', uuidv7(), programFields('Первая')))
    return client
  }

  it('takes a known device\'s push in three statements: the session\'s read, one read and one write', async () => {
    const client = await known()
    const before = statementsRun()
    const id = uuidv7()
    expect((await client.push(upsert('programs', id, programFields('Вторая')))).results).toEqual([{ seq: 2, status: 'applied' }])
    expect(statementsRun() - before).toBe(3)
    const state = await db().selectFrom('client_state').select(['last_seq', 'seq_before']).where('client_id', '=', client.clientId).executeTakeFirstOrThrow()
    expect(state).toEqual({ last_seq: 2, seq_before: 1 })
    expect((await recordRow(ctx.server, ctx.school.schoolId, 'programs', id))!.version).toBe((await snapshot(ctx.server, ctx.school.schoolId)).counter)
  })

  it('writes nothing when a writer of the school commits between its read and its write, and applies the push once in its transaction', async () => {
    const client = await known()
    const id = uuidv7()
    const before = (await snapshot(ctx.server, ctx.school.schoolId)).counter
    // Another writer holds the school's counter: the push reads the counter as it was, and its write waits.
    const pushed = await pushedBetween(db(), ctx.school.schoolId, () => client.push(upsert('programs', id, programFields('Между двумя'))))
    expect(pushed.results).toEqual([{ seq: 2, status: 'applied' }])

    const row = await recordRow(ctx.server, ctx.school.schoolId, 'programs', id)
    expect(row!.version).toBe(before + 2)
    expect((await snapshot(ctx.server, ctx.school.schoolId)).counter).toBe(before + 2)
    const logged = await db().selectFrom('audit_log').select('version').where('school_id', '=', ctx.school.schoolId).where('record_id', '=', id).execute()
    expect(logged).toEqual([{ version: before + 2 }])
    const state = await db().selectFrom('client_state').select(['last_seq', 'seq_before']).where('client_id', '=', client.clientId).executeTakeFirstOrThrow()
    expect(state).toEqual({ last_seq: 2, seq_before: 1 })

    // The school's next pushes take the lock first for a while: the session, the claim, the record, the writes.
    const next = statementsRun()
    expect((await client.push(upsert('programs', uuidv7(), programFields('Следом')))).results).toEqual([{ seq: 3, status: 'applied' }])
    expect(statementsRun() - next).toBe(4)
  })

  it('answers a resent push from its read, with nothing written', async () => {
    const client = await known()
    const id = uuidv7()
    const batch = [{ ...upsert('programs', id, programFields('Один раз')), seq: 2 }]
    expect((await client.pushSeqs(batch)).results).toEqual([{ seq: 2, status: 'applied' }])
    const before = await snapshot(ctx.server, ctx.school.schoolId)
    expect(await client.pushSeqs(batch)).toEqual({ lastSeq: 2, results: [{ seq: 2, status: 'duplicate' }], restore: [] })
    expect(await snapshot(ctx.server, ctx.school.schoolId)).toEqual(before)
  })
})
