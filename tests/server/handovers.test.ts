import type { Handover } from '#shared/api/handovers'
import { describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { addMember, meetingFields, pairFields, personFields, programFields, upsert, useSchoolServer } from './helpers/school.ts'
import { BACKENDS, bearer, json, post } from './helpers/server.ts'

describe.each(BACKENDS)('a refused change handed to the curator on %s', (backend) => {
  const ctx = useSchoolServer(backend)
  const get = (token: string) => ctx.server.app.inject({ method: 'GET', url: '/api/handovers', headers: bearer(token) })

  it('keeps a meeting logged after the pair changed hands (the phone had not heard) for the curator, who enters it and marks it decided', async () => {
    const { school, server } = ctx
    const first = await addMember(server.app, school, 'Зорина Анна Павловна')
    const second = await addMember(server.app, school, 'Лапин Олег Иванович')
    const ids = { program: uuidv7(), mentee: uuidv7(), pair: uuidv7(), meeting: uuidv7(), handover: uuidv7() }
    await school.curator.push(
      upsert('programs', ids.program, programFields()),
      upsert('people', ids.mentee, personFields('Рябова Софья Игоревна', { isMentee: 1 })),
      upsert('pairs', ids.pair, pairFields(ids.program, first.personId, [ids.mentee])),
    )
    await school.curator.push(upsert('pairs', ids.pair, { mentorId: second.personId }))
    const meeting = meetingFields(ids.pair, { topic: 'Разбор контрольной', notes: 'Решили три задачи', attendeeIds: [ids.mentee] })
    const at = new Date().toISOString()
    const refused = await first.client.push({ ...upsert('meetings', ids.meeting, { ...meeting, madeUpField: 'лишнее' }), at })
    expect(refused.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' })

    // The server lists the refused change for the curator at once, with its content, author and reason: nobody had to hand it over.
    expect((await get(first.token)).statusCode).toBe(403)
    const kept = json<Handover[]>(await get(school.curatorToken))
    expect(kept).toMatchObject([{ entity: 'meetings', recordId: ids.meeting, author: 'Зорина Анна Павловна', problem: refused.results[0]!.problem, madeAt: at, refused: true, record: { topic: 'Разбор контрольной', notes: 'Решили три задачи' } }])
    // Own fields only, no bookkeeping: the curator's device writes the record as a patch.
    expect(kept[0]!.record).not.toHaveProperty('madeUpField')
    expect(kept[0]!.record).not.toHaveProperty('id')
    expect(kept[0]!.record).not.toHaveProperty('deleted')

    // The author's «Передать куратору» of the same refusal, even twice, lists nothing more.
    const handover = { id: ids.handover, entity: 'meetings', recordId: ids.meeting, record: { ...meeting, id: ids.meeting, deleted: 0 }, problem: refused.results[0]!.problem, madeAt: at }
    for (let i = 0; i < 2; i++)
      expect((await post(server.app, '/api/handovers', handover, bearer(first.token))).statusCode).toBe(204)
    const open = json<Handover[]>(await get(school.curatorToken))
    expect(open).toEqual(kept)
    const id = open[0]!.id

    // The curator enters it on the author's behalf: the curator's own write, under the curator's rules.
    expect((await school.curator.push(upsert('meetings', ids.meeting, open[0]!.record))).results[0]!.status).toBe('applied')
    expect((await post(server.app, `/api/handovers/${id}/decision`, { status: 'accepted' }, bearer(first.token))).statusCode).toBe(403)
    expect((await post(server.app, `/api/handovers/${id}/decision`, { status: 'accepted' }, bearer(school.curatorToken))).statusCode).toBe(204)
    expect(json<Handover[]>(await get(school.curatorToken))).toEqual([])
    const again = await post(server.app, `/api/handovers/${id}/decision`, { status: 'set_aside' }, bearer(school.curatorToken))
    expect(again.statusCode).toBe(404)
    expect(json(again)).toMatchObject({ problem: 'handover_not_found' })
  })

  it('refuses a record the curator could not enter as it is, and forgets handovers that name an erased person', async () => {
    const { school, server } = ctx
    const mentor = await addMember(server.app, school, 'Белова Ольга Николаевна')
    const mentee = uuidv7()
    await school.curator.push(upsert('people', mentee, personFields('Ким Даниил Олегович', { isMentee: 1 })))
    const bad = await post(server.app, '/api/handovers', { id: uuidv7(), entity: 'meetings', recordId: uuidv7(), record: { topic: 'без даты' }, madeAt: new Date().toISOString() }, bearer(mentor.token))
    expect(bad.statusCode).toBe(400)
    expect(json(bad)).toMatchObject({ problem: 'handover_invalid' })

    const record = meetingFields(uuidv7(), { attendeeIds: [mentee], notes: 'Даниил принёс проект' })
    expect((await post(server.app, '/api/handovers', { id: uuidv7(), entity: 'meetings', recordId: uuidv7(), record, madeAt: new Date().toISOString() }, bearer(mentor.token))).statusCode).toBe(204)
    expect(json<Handover[]>(await get(school.curatorToken))).toMatchObject([{ refused: false }])
    // A change refused as it is (a meeting with no date) is no record the curator could enter: not listed.
    const undated = await mentor.client.push(upsert('meetings', uuidv7(), { ...record, date: '' }))
    expect(undated.results[0]).toMatchObject({ status: 'rejected' })
    // Nor is the curator's own refusal: the curator's device holds it already.
    const gone = uuidv7()
    await school.curator.push(upsert('meetings', gone, record), { entity: 'meetings', id: gone, op: 'delete', fields: {} })
    expect((await school.curator.push(upsert('meetings', gone, record))).results[0]).toMatchObject({ status: 'rejected', code: 'deleted' })
    expect(json<Handover[]>(await get(school.curatorToken))).toHaveLength(1)
    expect((await post(server.app, `/api/people/${mentee}/erase`, {}, bearer(school.curatorToken))).statusCode).toBe(204)
    expect(json<Handover[]>(await get(school.curatorToken))).toEqual([])
  })
})
