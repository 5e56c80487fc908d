import type { AuditPage } from '#shared/api/audit'
import type { TestServer } from './helpers/server.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { recordRow } from './helpers/records.ts'
import { addMember, anotherSchool, byId, consent, meetingFields, pairFields, personFields, planItemFields, programFields, remove, upsert } from './helpers/school.ts'
import { SYNC_BACKENDS, bearer, json, startTestServer } from './helpers/server.ts'

const CURATOR_NAME = 'Мария Ивановна Иванова'

describe.each(SYNC_BACKENDS)('meetings on %s: who held them, who typed them in, what their pair allows', (backend) => {
  let server: TestServer
  let schools = 0
  beforeAll(async () => {
    server = await startTestServer(backend)
  })
  afterAll(() => server?.close())

  /** A school with a pupil mentor's group of two (2024-09-01 … 2025-05-31) and a second mentor. */
  async function groupSchool() {
    const school = await anotherSchool(server, `curator${++schools}`)
    const mentor = await addMember(server.app, school, 'Котов Артём, 10 «А»')
    const other = await addMember(server.app, school, 'Игорь Петрович Соколов')
    const ids = { program: uuidv7(), pair: uuidv7(), first: uuidv7(), second: uuidv7() }
    const pushed = await school.curator.push(
      upsert('programs', ids.program, programFields('Ученик – ученик')),
      upsert('people', ids.first, personFields('Лиса Алиса', { isMentee: 1, category: 'student' })),
      upsert('people', ids.second, personFields('Ёж Ёжиков', { isMentee: 1, category: 'student' })),
      consent(ids.first),
      consent(ids.second),
      upsert('pairs', ids.pair, pairFields(ids.program, mentor.personId, [ids.first, ids.second])),
    )
    expect(pushed.results.every(r => r.status === 'applied'), JSON.stringify(pushed.results)).toBe(true)
    return { school, mentor, other, ids }
  }
  const stored = async (schoolId: string, id: string) => (await recordRow(server, schoolId, 'meetings', id))!.data

  it('takes the curator\'s paper meeting with its mentor and «entered by», and the mentor\'s phone receives both', async () => {
    const { school, mentor, ids } = await groupSchool()
    const id = uuidv7()
    const pushed = await school.curator.push(upsert('meetings', id, meetingFields(ids.pair, { attendeeIds: [ids.first], mentorId: mentor.personId, enteredBy: CURATOR_NAME })))
    expect(pushed.results[0]).toMatchObject({ status: 'applied' })
    expect(await stored(school.schoolId, id)).toMatchObject({ mentorId: mentor.personId, enteredBy: CURATOR_NAME, attendeeIds: [ids.first] })
    const pulled = byId((await mentor.client.pullAll(null)).changes)
    expect(pulled.get(id)!.fields).toMatchObject({ mentorId: mentor.personId, enteredBy: CURATOR_NAME })
  })

  it('gives a meeting sent without its mentor (an app from before, a form saved too soon) the pair\'s mentor of the moment', async () => {
    const { school, mentor, ids } = await groupSchool()
    const [fromCurator, fromMentor, unknown] = [uuidv7(), uuidv7(), uuidv7()]
    await school.curator.push(upsert('meetings', fromCurator, meetingFields(ids.pair, { attendeeIds: [ids.first] })))
    await mentor.client.push(upsert('meetings', fromMentor, meetingFields(ids.pair, { attendeeIds: [ids.second] })))
    // A form saved before its pair had loaded says '' for who held it.
    await mentor.client.push(upsert('meetings', unknown, meetingFields(ids.pair, { attendeeIds: [ids.second], mentorId: '', enteredBy: '' })))
    for (const id of [fromMentor, unknown])
      expect(await stored(school.schoolId, id)).toMatchObject({ mentorId: mentor.personId, enteredBy: '' })
    // The curator typed his in, whether his app said so or not.
    expect(await stored(school.schoolId, fromCurator)).toMatchObject({ mentorId: mentor.personId, enteredBy: CURATOR_NAME })
  })

  it('writes «entered by» from the signed-in curator\'s account, whatever the device sent, and lets no edit change it', async () => {
    const { school, mentor, ids } = await groupSchool()
    const [forged, own] = [uuidv7(), uuidv7()]
    const created = await school.curator.push(upsert('meetings', forged, meetingFields(ids.pair, { attendeeIds: [ids.first], enteredBy: 'Директор Школы' })))
    await mentor.client.push(upsert('meetings', own, meetingFields(ids.pair, { attendeeIds: [ids.first] })))
    expect(created.results[0]).toMatchObject({ status: 'applied' })
    expect(await stored(school.schoolId, forged)).toMatchObject({ enteredBy: CURATOR_NAME })
    const edits = await school.curator.push(
      upsert('meetings', own, { enteredBy: CURATOR_NAME }),
      upsert('meetings', forged, { enteredBy: 'Кто-то другой' }),
      upsert('meetings', forged, { enteredBy: CURATOR_NAME, durationMin: 60 }),
    )
    expect(edits.results.map(r => [r.status, r.problem, r.field])).toEqual([
      ['rejected', 'entered_by_curator', 'enteredBy'],
      ['rejected', 'entered_by_curator', 'enteredBy'],
      ['applied', undefined, undefined],
    ])
    expect(await stored(school.schoolId, own)).toMatchObject({ enteredBy: '' })
    expect(await stored(school.schoolId, forged)).toMatchObject({ enteredBy: CURATOR_NAME, durationMin: 60 })
  })

  it('refuses a mentor who writes another\'s name as who held a meeting, or marks it entered by a curator', async () => {
    const { school, mentor, other, ids } = await groupSchool()
    const [own, forged, marked] = [uuidv7(), uuidv7(), uuidv7()]
    const result = await mentor.client.push(
      upsert('meetings', own, meetingFields(ids.pair, { attendeeIds: [ids.first], mentorId: mentor.personId, enteredBy: '' })),
      upsert('meetings', forged, meetingFields(ids.pair, { attendeeIds: [ids.first], mentorId: other.personId })),
      upsert('meetings', marked, meetingFields(ids.pair, { attendeeIds: [ids.first], enteredBy: CURATOR_NAME })),
      upsert('meetings', own, { mentorId: other.personId }),
      upsert('meetings', own, { enteredBy: CURATOR_NAME }),
    )
    expect(result.results.map(r => [r.status, r.problem, r.field])).toEqual([
      ['applied', undefined, undefined],
      ['rejected', 'meeting_mentor_self', 'mentorId'],
      ['rejected', 'entered_by_curator', 'enteredBy'],
      ['rejected', 'meeting_mentor_self', 'mentorId'],
      ['rejected', 'entered_by_curator', 'enteredBy'],
    ])
    expect(await recordRow(server, school.schoolId, 'meetings', forged)).toBeUndefined()
    expect(await stored(school.schoolId, own)).toMatchObject({ mentorId: mentor.personId, enteredBy: '' })
  })

  it('refuses a meeting outside its pair\'s period and a group meeting with nobody present, from anyone', async () => {
    const { school, mentor, ids } = await groupSchool()
    const attended = { attendeeIds: [ids.first] }
    const early = await school.curator.push(upsert('meetings', uuidv7(), meetingFields(ids.pair, { ...attended, date: '2024-08-31' })))
    const late = await school.curator.push(upsert('meetings', uuidv7(), meetingFields(ids.pair, { ...attended, date: '2025-06-01' })))
    const empty = await mentor.client.push(upsert('meetings', uuidv7(), meetingFields(ids.pair, { attendeeIds: [] })))
    expect([early, late, empty].map(r => [r.results[0]!.status, r.results[0]!.problem, r.results[0]!.field])).toEqual([
      ['rejected', 'before_pair_start', 'date'],
      ['rejected', 'after_pair_end', 'date'],
      ['rejected', 'attendee_required', 'attendeeIds'],
    ])
    // The bounds themselves are within the period.
    const edges = await school.curator.push(
      upsert('meetings', uuidv7(), meetingFields(ids.pair, { ...attended, date: '2024-09-01' })),
      upsert('meetings', uuidv7(), meetingFields(ids.pair, { ...attended, date: '2025-05-31' })),
    )
    expect(edges.results.map(r => r.status)).toEqual(['applied', 'applied'])
  })

  it('takes no new meeting for a day its pair is suspended for a missing consent, from anyone, and still takes an edit of an older one', async () => {
    const { school, mentor, ids } = await groupSchool()
    const older = uuidv7()
    await mentor.client.push(upsert('meetings', older, meetingFields(ids.pair, { attendeeIds: [ids.first], date: '2024-10-01' })))
    // The parents withdraw the first consent and sign one that counts from November: October is uncovered.
    const first = [...byId((await school.curator.pullAll(null)).changes).values()].find(c => c.entity === 'consents' && c.fields?.personId === ids.second)!
    const replaced = await school.curator.push(
      upsert('consents', first.id, { withdrawnDate: '2024-10-20' }),
      consent(ids.second, { signedBy: 'guardian', guardianName: 'Ежова Анна', date: '2024-10-25', validFrom: '2024-11-01' }),
    )
    expect(replaced.results.map(r => r.status)).toEqual(['applied', 'applied'])
    const [fromCurator, fromMentor, november] = [uuidv7(), uuidv7(), uuidv7()]
    const curator = await school.curator.push(
      upsert('meetings', fromCurator, meetingFields(ids.pair, { attendeeIds: [ids.first], date: '2024-10-05' })),
      upsert('meetings', november, meetingFields(ids.pair, { attendeeIds: [ids.first], date: '2024-11-05' })),
      upsert('meetings', older, { date: '2024-10-02', topic: 'Исправлено по бумажному журналу' }),
    )
    const phone = await mentor.client.push(upsert('meetings', fromMentor, meetingFields(ids.pair, { attendeeIds: [ids.first], date: '2024-10-06' })))
    expect([...curator.results, ...phone.results].map(r => [r.status, r.problem, r.field])).toEqual([
      ['rejected', 'pair_suspended', 'date'],
      ['applied', undefined, undefined],
      ['applied', undefined, undefined],
      ['rejected', 'pair_suspended', 'date'],
    ])
    expect(await recordRow(server, school.schoolId, 'meetings', fromCurator)).toBeUndefined()
    expect(await stored(school.schoolId, older)).toMatchObject({ date: '2024-10-02' })
  })

  it('leaves a meeting recorded before its pair became a group editable without attendance, until the attendance itself is changed', async () => {
    const { school, mentor, ids } = await groupSchool()
    const single = uuidv7()
    await school.curator.push(upsert('pairs', single, pairFields(ids.program, mentor.personId, [ids.first])))
    const id = uuidv7()
    expect((await mentor.client.push(upsert('meetings', id, meetingFields(single)))).results[0]!.status).toBe('applied')
    await school.curator.push(upsert('pairs', single, { menteeIds: [ids.first, ids.second] }))
    const edits = await mentor.client.push(upsert('meetings', id, { notes: 'дописал' }), upsert('meetings', id, { attendeeIds: [] }))
    expect(edits.results.map(r => [r.status, r.problem])).toEqual([['applied', undefined], ['rejected', 'attendee_required']])
  })

  it('keeps each meeting\'s mentor when the curator gives the pair to another mentor, who then holds the next ones', async () => {
    const { school, mentor, other, ids } = await groupSchool()
    const [before, after] = [uuidv7(), uuidv7()]
    await mentor.client.push(upsert('meetings', before, meetingFields(ids.pair, { attendeeIds: [ids.first], mentorId: mentor.personId })))
    const reassigned = await school.curator.push(upsert('pairs', ids.pair, { mentorId: other.personId }))
    expect(reassigned.results[0]!.status).toBe('applied')
    expect(await stored(school.schoolId, before)).toMatchObject({ mentorId: mentor.personId })
    expect((await recordRow(server, school.schoolId, 'meetings', before))!.version).toBeLessThan((await recordRow(server, school.schoolId, 'pairs', ids.pair))!.version)

    // The new mentor's phone holds the pair's history, held by the one before him; his own meetings are his.
    const pulled = byId((await other.client.pullAll(null)).changes)
    expect(pulled.get(before)!.fields).toMatchObject({ mentorId: mentor.personId })
    await other.client.push(upsert('meetings', after, meetingFields(ids.pair, { attendeeIds: [ids.second] })))
    expect(await stored(school.schoolId, after)).toMatchObject({ mentorId: other.personId })
    const notes = await other.client.push(upsert('meetings', before, { notes: 'дополнил после передачи' }))
    expect(notes.results[0]!.status).toBe('applied')
    expect(await stored(school.schoolId, before)).toMatchObject({ mentorId: mentor.personId, notes: 'дополнил после передачи' })
  })

  it('takes a meeting and a plan tick the former mentor made offline before the pair was handed on, held by him, and takes them off his phone', async () => {
    const { school, mentor, other, ids } = await groupSchool()
    const [plan, late] = [uuidv7(), uuidv7()]
    await school.curator.push(upsert('planItems', plan, planItemFields(ids.pair)))
    const { cursor } = await mentor.client.pullAll(null)
    const madeOffline = new Date(Date.now() - 60_000).toISOString()
    // What a device sends of the pair's history is not what the server keeps.
    await school.curator.push(upsert('pairs', ids.pair, { mentorId: other.personId, formerMentors: [] }))
    const pair = (await recordRow(server, school.schoolId, 'pairs', ids.pair))!.data
    expect(pair.formerMentors).toEqual([{ mentorId: mentor.personId, until: expect.any(String) }])

    const early = uuidv7()
    const sent = await mentor.client.pushAndPull(
      cursor,
      { ...upsert('meetings', early, meetingFields(ids.pair, { attendeeIds: [ids.first], notes: 'Разобрали задачу' })), at: madeOffline },
      { ...upsert('planItems', plan, { status: 'done', result: 'посетили урок' }), at: madeOffline },
      upsert('meetings', late, meetingFields(ids.pair, { attendeeIds: [ids.first] })),
    )
    expect(sent.results.map(r => [r.status, r.problem])).toEqual([['applied', undefined], ['applied', undefined], ['rejected', 'move_to_foreign_pair']])
    expect(await stored(school.schoolId, early)).toMatchObject({ mentorId: mentor.personId, notes: 'Разобрали задачу', pairId: ids.pair })
    expect((await recordRow(server, school.schoolId, 'planItems', plan))!.data).toMatchObject({ status: 'done' })
    // His phone no longer holds the pair: it drops its copies and starts its next pull afresh.
    expect(byId(sent.restore).get(early)).toMatchObject({ deleted: 1 })
    expect(sent.resetCursor).toBe(true)
    // The page the push brought back is read from no cursor, as the phone's next pull would be.
    expect(sent.pulled!.reset).toBe(true)
    expect(sent.pulled!.changes.map(c => c.id)).not.toContain(early)
    const again = await mentor.client.pullAll(cursor)
    expect(again.reset).toBe(true)
    expect(again.changes.map(c => c.id)).not.toContain(early)
    // The new mentor's phone gets it, with the mentor who held it.
    expect(byId((await other.client.pullAll(null)).changes).get(early)!.fields).toMatchObject({ mentorId: mentor.personId })
  })

  it('names the curator who edited or deleted a meeting in the audit log', async () => {
    const { school, mentor, ids } = await groupSchool()
    const id = uuidv7()
    await mentor.client.push(upsert('meetings', id, meetingFields(ids.pair, { attendeeIds: [ids.first] })))
    await school.curator.push(upsert('meetings', id, { durationMin: 90 }), remove('meetings', id))
    const response = await server.app.inject({ method: 'GET', url: `/api/audit?record=${id}`, headers: bearer(school.curatorToken) })
    const page = json<AuditPage>(response)
    expect(page.entries.map(e => [e.action, e.userName])).toEqual([
      ['delete', CURATOR_NAME],
      ['update', CURATOR_NAME],
      ['create', 'Котов Артём, 10 «А»'],
    ])
  })
})
