import { describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { countRows, recordRow, snapshot } from './helpers/records.ts'
import { consent, dutiesConsent, meetingFields, pairFields, personFields, programFields, remove, SyncClient, upsert, useSchoolServer } from './helpers/school.ts'
import { SYNC_BACKENDS, bearer, json, post } from './helpers/server.ts'
import { statementsRun } from './helpers/sqlAudit.ts'

describe.each(SYNC_BACKENDS)('push on %s', (backend) => {
  const ctx = useSchoolServer(backend)

  const device = () => new SyncClient(ctx.server.app, ctx.school.curatorToken)
  const row = (entity: string, id: string) => recordRow(ctx.server, ctx.school.schoolId, entity, id)

  describe('exactly once', () => {
    it('answers a resent batch with duplicates and changes nothing', async () => {
      const client = device()
      const ids = [uuidv7(), uuidv7(), uuidv7()]
      const batch = ids.map((id, i) => ({ ...upsert('programs', id, programFields(`Программа ${i}`)), seq: i + 1 }))
      const first = await client.pushSeqs(batch)
      expect(first.lastSeq).toBe(3)
      expect(first.results.map(r => r.status)).toEqual(['applied', 'applied', 'applied'])
      const before = await snapshot(ctx.server, ctx.school.schoolId)

      const again = await client.pushSeqs(batch)
      expect(again).toEqual({ lastSeq: 3, results: [1, 2, 3].map(seq => ({ seq, status: 'duplicate' })), restore: [] })
      expect(await snapshot(ctx.server, ctx.school.schoolId)).toEqual(before)
    })

    it('applies only the new part of a batch that mixes acknowledged and new seqs', async () => {
      const client = device()
      const [a, b, c, d] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()]
      await client.pushSeqs([{ ...upsert('programs', a, programFields('Программа A')), seq: 1 }, { ...upsert('programs', b, programFields('Программа B')), seq: 2 }])
      const versionOfB = (await row('programs', b))!.version

      // The resend carries an edit of B under its old seq: it must not be applied a second time.
      const mixed = await client.pushSeqs([
        { ...upsert('programs', b, { goals: 'не должно попасть' }), seq: 2 },
        { ...upsert('programs', c, programFields('Программа C')), seq: 3 },
        { ...upsert('programs', d, programFields('Программа D')), seq: 4 },
      ])
      expect(mixed.lastSeq).toBe(4)
      expect(mixed.results).toEqual([{ seq: 2, status: 'duplicate' }, { seq: 3, status: 'applied' }, { seq: 4, status: 'applied' }])
      expect((await row('programs', b))!.version).toBe(versionOfB)
      expect((await row('programs', b))!.data.goals).toBe('')
      expect((await row('programs', d))!.data.name).toBe('Программа D')
    })

    it('applies a seq repeated within one batch once, and out-of-order seqs in seq order', async () => {
      const client = device()
      const id = uuidv7()
      const response = await client.pushSeqs([
        { ...upsert('programs', id, { goals: 'вторая' }), seq: 2 },
        { ...upsert('programs', id, programFields('Новая')), seq: 1 },
        { ...upsert('programs', id, { goals: 'повтор' }), seq: 2 },
      ])
      expect(response.results).toEqual([{ seq: 2, status: 'applied' }, { seq: 1, status: 'applied' }, { seq: 2, status: 'duplicate' }])
      expect((await row('programs', id))!.data).toMatchObject({ name: 'Новая', goals: 'вторая' })
      expect(response.lastSeq).toBe(2)
    })

    it('tells a rejection again, with the server copy, when the first answer was lost', async () => {
      const client = device()
      const id = uuidv7()
      await client.pushSeqs([{ ...upsert('programs', id, programFields('Сохранённая')), seq: 1 }])
      const bad = [{ ...upsert('programs', id, { name: '' }), seq: 2 }]
      const first = await client.pushSeqs(bad)
      expect(first.results[0]).toMatchObject({ seq: 2, status: 'rejected', code: 'invalid', field: 'name' })
      const resent = await client.pushSeqs(bad)
      expect(resent.results).toEqual([first.results[0]])
      expect(resent.restore).toEqual(first.restore)
      expect(resent.restore[0]).toMatchObject({ id, deleted: 0, fields: { name: 'Сохранённая' } })
      expect(await countRows(ctx.server, 'rejections', ctx.school.schoolId)).toBeGreaterThanOrEqual(1)
    })

    it('keeps a meeting in its pair: moving it to another pair is refused, even for a curator', async () => {
      const client = device()
      const [program, mentor, other, mentee, pairA, pairB, meeting] = Array.from({ length: 7 }, () => uuidv7()) as [string, string, string, string, string, string, string]
      await client.push(
        upsert('programs', program, programFields()),
        upsert('people', mentor, personFields('Белова Ольга', { isMentor: 1 })),
        upsert('people', other, personFields('Соколов Игорь', { isMentor: 1 })),
        upsert('people', mentee, personFields('Ким Дарья', { isMentee: 1 })),
        ...[mentor, other, mentee].map(id => consent(id)),
        upsert('pairs', pairA, pairFields(program, mentor, [mentee])),
        upsert('pairs', pairB, pairFields(program, other, [mentee])),
        upsert('meetings', meeting, meetingFields(pairA)),
      )
      const moved = await client.push(upsert('meetings', meeting, { pairId: pairB }))
      expect(moved.results[0]).toMatchObject({ status: 'rejected', code: 'invalid', field: 'pairId' })
      expect((await row('meetings', meeting))!.ref_id).toBe(pairA)
    })

    it('takes a record from an app that predates optional fields, filling their defaults', async () => {
      const id = uuidv7()
      const { roleVariation: _r, curators: _c, ...older } = programFields('Из старой версии')
      const response = await device().push(upsert('programs', id, older))
      expect(response.results[0]!.status).toBe('applied')
      expect((await row('programs', id))!.data).toMatchObject({ name: 'Из старой версии', roleVariation: '', curators: '' })
    })

    it('takes a known device\'s push in few statements, a round trip each on PostgreSQL', async () => {
      const client = device()
      await client.push(upsert('programs', uuidv7(), programFields()))
      const id = uuidv7()
      const before = statementsRun()
      expect((await client.push(upsert('programs', id, programFields()))).results).toEqual([{ seq: 2, status: 'applied' }])
      // PostgreSQL: the session, one read (the device, the counter, the record), one guarded write (sync-guarded.test.ts).
      // SQLite, in process: the session, the device, the counter, the record, its row and its log row. With the push
      // thread only the session's read is the server's own connection's: the rest ran in the thread.
      expect(statementsRun() - before).toBe({ 'postgres': 3, 'sqlite': 6, 'sqlite-threads': 1 }[backend])
      expect((await row('programs', id))!.version).toBe((await snapshot(ctx.server, ctx.school.schoolId)).counter)
    })

    it('refuses a client id that belongs to another user', async () => {
      const client = device()
      await client.push(upsert('programs', uuidv7(), programFields()))
      const login = await post(ctx.server.app, '/api/auth/login', { login: 'smirnova', password: 'correct horse battery' })
      // Same user, other session: allowed (one person, two tabs sharing a client id is still one user).
      const sameUser = new SyncClient(ctx.server.app, json<{ token: string }>(login).token, client.clientId)
      sameUser.seq = client.seq
      expect((await sameUser.push(upsert('programs', uuidv7(), programFields()))).lastSeq).toBe(2)

      await ctx.server.storage.db.updateTable('client_state').set({ user_id: uuidv7() }).where('client_id', '=', client.clientId).execute()
      const before = await snapshot(ctx.server, ctx.school.schoolId)
      const refused = await client.pushRaw([upsert('programs', uuidv7(), programFields())])
      expect(refused.statusCode).toBe(403)
      expect(json(refused).error).toBe('forbidden')
      expect(await snapshot(ctx.server, ctx.school.schoolId)).toEqual(before)
    })
  })

  describe('field-level last writer wins', () => {
    it('keeps both edits of different fields, and the later one of the same field', async () => {
      const [a, b] = [device(), device()]
      const id = uuidv7()
      await a.push(upsert('programs', id, programFields('Исходное название')))
      expect((await a.push(upsert('programs', id, { name: 'Название от A' }))).results[0]!.status).toBe('applied')
      expect((await b.push(upsert('programs', id, { goals: 'Цели от B' }))).results[0]!.status).toBe('applied')
      expect((await row('programs', id))!.data).toMatchObject({ name: 'Название от A', goals: 'Цели от B', status: 'active' })

      await b.push(upsert('programs', id, { status: 'closed' }))
      await a.push(upsert('programs', id, { status: 'active', name: '  Последнее слово A  ' }))
      const stored = await row('programs', id)
      expect(stored!.data).toMatchObject({ name: 'Последнее слово A', goals: 'Цели от B', status: 'active' })
    })

    it('gives every write the next version of the school', async () => {
      const client = device()
      const before = (await snapshot(ctx.server, ctx.school.schoolId)).counter
      const ids = [uuidv7(), uuidv7()]
      await client.push(upsert('programs', ids[0]!, programFields()), upsert('programs', ids[1]!, programFields()))
      expect((await row('programs', ids[0]!))!.version).toBe(before + 1)
      expect((await row('programs', ids[1]!))!.version).toBe(before + 2)
      expect((await snapshot(ctx.server, ctx.school.schoolId)).counter).toBe(before + 2)
    })
  })

  describe('delete wins', () => {
    it('refuses an edit of a record deleted meanwhile and sends the tombstone back', async () => {
      const [a, b] = [device(), device()]
      const id = uuidv7()
      await a.push(upsert('programs', id, programFields('Удаляемая')))
      expect((await a.push(remove('programs', id))).results[0]!.status).toBe('applied')
      const deleted = await row('programs', id)
      expect(deleted).toMatchObject({ deleted: 1, data: { name: 'Удаляемая' } })

      const edit = await b.push(upsert('programs', id, { goals: 'правка с устройства B' }))
      expect(edit.results).toEqual([{ seq: 1, status: 'rejected', code: 'deleted', problem: 'record_deleted' }])
      expect(edit.lastSeq).toBe(1)
      expect(edit.restore).toEqual([{ entity: 'programs', id, version: deleted!.version, deleted: 1, fields: {} }])
      expect(await row('programs', id)).toEqual(deleted)

      // Deleting it again is no news: applied, no new version.
      expect((await b.push(remove('programs', id))).results[0]!.status).toBe('applied')
      expect((await row('programs', id))!.version).toBe(deleted!.version)
    })

    it('leaves a tombstone for a never-seen id that blocks a late upsert', async () => {
      const client = device()
      const id = uuidv7()
      expect((await client.push(remove('meetings', id))).results[0]!.status).toBe('applied')
      expect(await row('meetings', id)).toMatchObject({ deleted: 1, data: {}, ref_id: null })
      const late = await device().push(upsert('meetings', id, meetingFields(uuidv7())))
      expect(late.results[0]).toMatchObject({ status: 'rejected', code: 'deleted' })
      expect(late.restore).toEqual([expect.objectContaining({ entity: 'meetings', id, deleted: 1, fields: {} })])
    })
  })

  describe('refused mutations', () => {
    it('acknowledges invalid and incomplete mutations, records them and changes nothing else', async () => {
      const client = device()
      const id = uuidv7()
      await client.push(upsert('programs', id, programFields('Годная')))
      const before = await snapshot(ctx.server, ctx.school.schoolId)
      const rejectionsBefore = await countRows(ctx.server, 'rejections', ctx.school.schoolId)

      const meetingId = uuidv7()
      const response = await client.push(
        upsert('programs', id, { endDate: '2020-01-01' }),
        upsert('programs', id, { name: 42 }),
        upsert('meetings', meetingId, { pairId: uuidv7(), topic: 'без даты' }),
        upsert('programs', id, { startDate: '05.10.2024' }),
        upsert('surveys', uuidv7(), { any: 1 }),
      )
      expect(response.lastSeq).toBe(6)
      expect(response.results).toEqual([
        { seq: 2, status: 'rejected', code: 'invalid', field: 'endDate', problem: 'end_before_start' },
        { seq: 3, status: 'rejected', code: 'invalid', field: 'name', problem: 'invalid' },
        { seq: 4, status: 'rejected', code: 'incomplete', field: 'date', problem: 'incomplete', params: { fields: expect.stringMatching(/^date, kind, durationMin/) as string } },
        { seq: 5, status: 'rejected', code: 'invalid', field: 'startDate', problem: 'invalid_date' },
        { seq: 6, status: 'rejected', code: 'unknown_entity', problem: 'unknown_entity', params: { entity: 'surveys' } },
      ])
      // The ctx.server's copy of each touched record, so the device can undo its local change; the unknown entity has none.
      expect(response.restore).toEqual([
        { entity: 'programs', id, version: before.records.find(r => r.id === id)!.version, deleted: 0, fields: programFields('Годная') },
        { entity: 'meetings', id: meetingId, version: 0, deleted: 1, fields: {} },
      ])

      const after = await snapshot(ctx.server, ctx.school.schoolId)
      expect(after.records).toEqual(before.records)
      expect(await countRows(ctx.server, 'rejections', ctx.school.schoolId)).toBe(rejectionsBefore + 5)
      const stored = await ctx.server.storage.db.selectFrom('rejections').selectAll().where('client_id', '=', client.clientId).orderBy('seq').execute()
      expect(stored.map(r => [Number(r.seq), r.code, r.field, r.record_id])).toEqual([
        [2, 'invalid', 'endDate', id], [3, 'invalid', 'name', id], [4, 'incomplete', 'date', meetingId], [5, 'invalid', 'startDate', id], [6, 'unknown_entity', null, expect.any(String)],
      ])

      // Acknowledged: the same seq again is not decided again; its rejection is only told again.
      const resend = await client.pushSeqs([{ ...upsert('programs', id, { endDate: '2020-01-01' }), seq: 2 }])
      expect(resend.results).toEqual([response.results[0]])
      expect(await countRows(ctx.server, 'rejections', ctx.school.schoolId)).toBe(rejectionsBefore + 5)
    })

    it('drops fields the schema does not know and stores the trimmed output', async () => {
      const id = uuidv7()
      const response = await device().push(upsert('programs', id, { ...programFields('  С пробелами  '), updatedAt: '2024-10-05T10:00:00Z', hack: 1 }))
      expect(response.results[0]!.status).toBe('applied')
      expect((await row('programs', id))!.data).toEqual(programFields('С пробелами'))
    })

    it('gives an app of the previous protocol the same refusals in Russian words, as it shows them', async () => {
      const client = device()
      client.protocol = PROTOCOL_VERSION - 1
      const id = uuidv7()
      await client.push(upsert('programs', id, programFields('Годная')))
      const response = await client.push(
        upsert('programs', id, { endDate: '2020-01-01' }),
        upsert('programs', id, { name: 42 }),
        upsert('meetings', uuidv7(), { pairId: uuidv7(), topic: 'без даты' }),
        upsert('programs', id, { startDate: '05.10.2024' }),
        upsert('surveys', uuidv7(), { any: 1 }),
      )
      expect(response.results.map(r => r.reason)).toEqual([
        'Поле «endDate»: окончание раньше начала',
        'Поле «name»: неверное значение',
        expect.stringMatching(/^Не хватает обязательных полей: date, kind, durationMin/),
        'Поле «startDate»: нужна дата в виде ГГГГ-ММ-ДД',
        'Неизвестный тип записи «surveys»: приложение новее сервера?',
      ])
    })
  })

  describe('no consent, no pairing', () => {
    it('refuses an active pair whose mentor or a mentee has no consent in force, counting consents earlier in the batch', async () => {
      const client = device()
      const [program, mentor, mentee, pair, signed] = Array.from({ length: 5 }, () => uuidv7()) as [string, string, string, string, string]
      const withdrawn = { ...consent(mentee), id: signed }
      const refused = await client.push(
        upsert('programs', program, programFields()),
        upsert('people', mentor, personFields('Белова Ольга', { isMentor: 1 })),
        upsert('people', mentee, personFields('Ким Дарья', { isMentee: 1 })),
        upsert('pairs', pair, pairFields(program, mentor, [mentee])),
        consent(mentor),
        upsert('pairs', pair, pairFields(program, mentor, [mentee])),
        dutiesConsent(mentor),
        upsert('pairs', pair, pairFields(program, mentor, [mentee])),
      )
      expect(refused.results.slice(3).map(r => [r.status, r.field, r.problem])).toEqual([
        ['rejected', 'mentorId', 'no_consent_mentor'],
        ['applied', undefined, undefined],
        ['rejected', 'mentorId', 'no_duties_consent'],
        ['applied', undefined, undefined],
        ['rejected', 'menteeIds', 'no_consent_mentee'],
      ])
      expect(await row('pairs', pair)).toBeUndefined()

      expect((await client.push(withdrawn, upsert('pairs', pair, pairFields(program, mentor, [mentee])))).results.map(r => r.status)).toEqual(['applied', 'applied'])
      // Withdrawn: the pair is suspended, not locked — it can be edited and ended (tests/server/consents.test.ts).
      const after = await client.push(upsert('consents', signed, { withdrawnDate: '2024-10-01' }), upsert('pairs', pair, { plannedEndDate: '2025-04-30' }), upsert('pairs', pair, { status: 'completed' }))
      expect(after.results.map(r => [r.status, r.field])).toEqual([['applied', undefined], ['applied', undefined], ['applied', undefined]])
      expect((await row('pairs', pair))!.data).toMatchObject({ status: 'completed', plannedEndDate: '2025-04-30' })
    })
  })

  describe('malformed requests', () => {
    const raw = (payload: unknown, token = ctx.school.curatorToken) => post(ctx.server.app, '/api/sync/push', payload, bearer(token))
    const mutation = { seq: 1, entity: 'programs', id: uuidv7(), op: 'upsert', fields: {}, at: '2024-10-05T10:00:00Z' }

    it('names the wrong field', async () => {
      const before = await snapshot(ctx.server, ctx.school.schoolId)
      const missingClient = await raw({ protocol: PROTOCOL_VERSION, mutations: [] })
      expect(missingClient.statusCode).toBe(400)
      expect(json(missingClient)).toMatchObject({ error: 'bad_request', field: 'clientId' })

      const wrongType = await raw({ protocol: PROTOCOL_VERSION, clientId: uuidv7(), mutations: [{ ...mutation, seq: 'one' }] })
      expect(wrongType.statusCode).toBe(400)
      expect(json(wrongType)).toMatchObject({ error: 'bad_request', field: 'mutations.0.seq' })

      const badOp = await raw({ protocol: PROTOCOL_VERSION, clientId: uuidv7(), mutations: [{ ...mutation, op: 'merge' }] })
      expect(json(badOp)).toMatchObject({ error: 'bad_request', field: 'mutations.0.op' })

      const notArray = await raw({ protocol: PROTOCOL_VERSION, clientId: uuidv7(), mutations: 'all' })
      expect(json(notArray)).toMatchObject({ error: 'bad_request', field: 'mutations' })
      expect(await snapshot(ctx.server, ctx.school.schoolId)).toEqual(before)
    })

    it('refuses a protocol it does not speak', async () => {
      for (const protocol of [PROTOCOL_VERSION + 1, 0]) {
        const response = await raw({ protocol, clientId: uuidv7(), mutations: [mutation] })
        expect(response.statusCode).toBe(400)
        expect(json(response).error).toBe('protocol_unsupported')
      }
      const pull = await post(ctx.server.app, '/api/sync/pull', { protocol: PROTOCOL_VERSION + 1, cursor: null }, bearer(ctx.school.curatorToken))
      expect(json(pull).error).toBe('protocol_unsupported')
    })

    it('answers 413 to a body over 1 MiB', async () => {
      const big = { protocol: PROTOCOL_VERSION, clientId: uuidv7(), mutations: [{ ...mutation, fields: { goals: 'я'.repeat(600_000) } }] }
      const response = await raw(big)
      expect(response.statusCode).toBe(413)
      expect(json(response).error).toBe('too_large')
    })

    it('wants a token', async () => {
      const response = await post(ctx.server.app, '/api/sync/push', { protocol: PROTOCOL_VERSION, clientId: uuidv7(), mutations: [] })
      expect(response.statusCode).toBe(401)
      expect(json(response).error).toBe('unauthorized')
    })
  })
})
