import type { TestServer } from './helpers/server.ts'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { SEQ_MAX } from '#shared/sync/limits'
import { BACKUP_TABLES } from '../../src/server/storage/backup/tables.ts'
import { programFields, SyncClient, upsert, useSchoolServer } from './helpers/school.ts'
import { BACKENDS, bearer, json, post } from './helpers/server.ts'
import { answer, answers, issue, openCampaign } from './helpers/surveys.ts'

/** Every stored row of every table as text: what a check for a leaked value searches. */
async function everything(server: TestServer): Promise<string> {
  const tables = await Promise.all(BACKUP_TABLES.map(({ name }) => sql`select * from ${sql.table(name)}`.execute(server.storage.db)))
  return JSON.stringify(tables.map(t => t.rows))
}

describe.each(BACKENDS)('what a push may not store, on %s', (backend) => {
  const ctx = useSchoolServer(backend)
  const device = () => new SyncClient(ctx.server.app, ctx.school.curatorToken)
  const program = (fields: Record<string, unknown>) => upsert('programs', uuidv7(), { ...programFields('Программа'), ...fields })

  it('refuses U+0000 and lone surrogates in any field, whatever its type, and applies the rest of the batch', async () => {
    const response = await device().push(
      program({ goals: 'цели\u0000' }),
      program({ status: 'active\u0000' }),
      program({ goals: 'половина пары \uD83D' }),
      program({ name: '\uDE00 хвост без начала' }),
      upsert('people', uuidv7(), { name: 'Анна Ли', category: 'teacher', competencies: ['ок', 'плохо\u0000'] }),
      program({ goals: 'эмодзи целиком 😀' }),
    )
    expect(response.results.map(r => r.status === 'rejected' ? `${r.problem}:${r.field}` : r.status)).toEqual([
      'bad_characters:goals',
      'bad_characters:status',
      'bad_characters:goals',
      'bad_characters:name',
      'bad_characters:competencies',
      'applied',
    ])
  })

  it('stores no refused value, in rejections or anywhere: a code, the field and nothing of what was sent', async () => {
    const marker = 'СЕКРЕТ-Козлов-'
    const response = await device().push(
      program({ status: marker.repeat(20_000) }),
      program({ startDate: `${marker}\u0000` }),
      program({ curators: { [marker]: marker } }),
    )
    expect(response.results.map(r => r.status)).toEqual(['rejected', 'rejected', 'rejected'])
    expect(await everything(ctx.server)).not.toContain('СЕКРЕТ')
  })

  it('keeps no field name the entity lacks: not in the record, not in the audit log, not in a rejection', async () => {
    const named = 'Козлов Петя 7Б'
    const response = await device().push(
      program({ [named]: 1 }),
      program({ [named]: 'x', name: '' }),
    )
    expect(response.results.map(r => r.status)).toEqual(['applied', 'rejected'])
    const audit = await ctx.server.storage.db.selectFrom('audit_log').select('fields').where('school_id', '=', ctx.school.schoolId).execute()
    expect(audit.map(a => JSON.parse(a.fields) as string[]).at(-1)).toEqual(['curators', 'endDate', 'form', 'goals', 'meetingKinds', 'name', 'roleVariation', 'startDate', 'status'])
    expect(await everything(ctx.server)).not.toContain('Козлов')
  })

  it('refuses U+0000 in an anonymous answer by field, and the card stays unused', async () => {
    const { campaignId } = await openCampaign(ctx.school)
    const [code] = (await issue(ctx.server.app, ctx.school, campaignId, { count: 1 })).codes
    const refused = await answer(ctx.server.app, { code, templateVersion: 1, answers: answers(7, { wishes: 'спасибо\u0000' }) })
    expect(refused.statusCode).toBe(400)
    expect(json(refused)).toMatchObject({ problem: 'bad_characters', field: 'answers.wishes' })
    expect((await answer(ctx.server.app, { code, templateVersion: 1, answers: answers(7, { wishes: 'спасибо' }) })).statusCode).toBe(201)
  })

  it(`refuses a seq above 2^50 (${SEQ_MAX}) by name, so no later seq can be read as a duplicate`, async () => {
    const client = device()
    const body = (seq: number) => ({ protocol: client.protocol, clientId: client.clientId, mutations: [{ ...program({}), seq, at: '2024-10-05T10:00:00.000Z' }] })
    const refused = await post(ctx.server.app, '/api/sync/push', body(2 ** 53 - 1), bearer(ctx.school.curatorToken))
    expect(refused.statusCode).toBe(400)
    expect(json(refused)).toMatchObject({ problem: 'out_of_range', field: 'mutations.0.seq' })
    const highest = await post(ctx.server.app, '/api/sync/push', body(SEQ_MAX), bearer(ctx.school.curatorToken))
    expect(json(highest)).toMatchObject({ lastSeq: SEQ_MAX, results: [{ status: 'applied' }] })
  })
})
