import type { AuditPage } from '#shared/api/audit'
import type { ErasureMention } from '#shared/api/erasure'
import { describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { schoolIndicators } from '#shared/indicators/school'
import { ERASED_PERSON_NAME } from '#shared/model/person'
import { schoolRecords } from '../../src/server/region/records.ts'
import { recordRow } from './helpers/records.ts'
import { addMember, byId, meetingFields, pairFields, personFields, planItemFields, programFields, remove, SyncClient, upsert, useSchoolServer } from './helpers/school.ts'
import { BACKENDS, bearer, json, post } from './helpers/server.ts'

const YEAR = 2025
const consent = (personId: string) => ({ personId, signedBy: 'guardian', guardianName: 'Ким Ольга Петровна', date: '2024-09-01', documentRef: 'Папка согласий, № 7', withdrawnDate: '' })

describe.each(BACKENDS)('personal data on %s', (backend) => {
  const ctx = useSchoolServer(backend)
  const get = (url: string, token: string) => ctx.server.app.inject({ method: 'GET', url, headers: bearer(token) })

  it('keeps an audit log of who changed which fields of what, with no value in it, for curators (a mentor is refused)', async () => {
    const { school, server } = ctx
    const personId = uuidv7()
    await school.curator.push(upsert('people', personId, personFields('Снегирёва Алла Борисовна', { notes: 'семейные обстоятельства' })))
    await school.curator.push(upsert('people', personId, { requests: ['логопед'] }))
    await school.curator.push(remove('people', personId))

    const response = await get('/api/audit?entity=people', school.curatorToken)
    expect(response.statusCode, response.body).toBe(200)
    const page = json<AuditPage>(response)
    const mine = page.entries.filter(e => e.recordId === personId)
    expect(mine.map(e => e.action)).toEqual(['delete', 'update', 'create'])
    expect(mine[1]).toMatchObject({ entity: 'people', fields: ['requests'], userName: 'Анна Петровна Смирнова' })
    expect(mine[2]!.fields).toContain('notes')
    for (const value of ['Снегирёва', 'логопед', 'семейные'])
      expect(response.body).not.toContain(value)

    const mentor = await addMember(server.app, school, 'Ольга Николаевна Белова')
    expect((await get('/api/audit', mentor.token)).statusCode).toBe(403)
    expect((await get('/api/audit?before=abc', school.curatorToken)).statusCode).toBe(400)
    const older = json<AuditPage>(await get(`/api/audit?before=${mine[1]!.version}&record=${personId}`, school.curatorToken))
    expect(older.entries.map(e => e.action)).toEqual(['create'])
    expect(older.next).toBeNull()
  })

  it('erases a person: the card, consents and awards lose what names them on every device, counts stay, the old name cannot come back', async () => {
    const { school, server } = ctx
    const mentor = await addMember(server.app, school, 'Игорь Петрович Соколов')
    const ids = { program: uuidv7(), mentee: uuidv7(), consent: uuidv7(), award: uuidv7(), pair: uuidv7(), other: uuidv7() }
    const pushed = await school.curator.push(
      upsert('programs', ids.program, { ...programFields(), startDate: `${YEAR}-01-10`, endDate: `${YEAR}-05-31` }),
      upsert('people', ids.mentee, personFields('Ким Даниил Олегович', { category: 'student', classGroup: '5Б', birthDate: '2014-03-08', ovz: 1, notes: 'диагноз', requests: ['чтение'], isMentee: 1 })),
      upsert('consents', ids.consent, consent(ids.mentee)),
      upsert('awards', ids.award, { personId: ids.mentee, programId: ids.program, kind: 'certificate', date: `${YEAR}-05-20`, basis: 'Приказ № 45', notes: 'за помощь Ким' }),
      upsert('pairs', ids.pair, { ...pairFields(ids.program, mentor.personId, [ids.mentee]), startDate: `${YEAR}-01-10`, plannedEndDate: `${YEAR}-05-31` }),
      upsert('people', ids.other, personFields('Лис Борис', { category: 'student' })),
    )
    expect(pushed.results.every(r => r.status === 'applied'), JSON.stringify(pushed.results)).toBe(true)
    const { cursor: mentorCursor } = await mentor.client.pullAll()
    const { cursor: curatorCursor } = await school.curator.pullAll()
    const before = schoolIndicators(await schoolRecords(server.storage.db, school.schoolId), YEAR)
    // A stale device's edit that the server refuses, kept for its author until erasure.
    await school.curator.push(upsert('people', ids.mentee, { category: 'bogus' }))
    // Two of the curator's computers changed the card's notes unaware of each other: the conflict holds both texts.
    const laptop = new SyncClient(server.app, school.curatorToken)
    await school.curator.push({ ...upsert('people', ids.mentee, { notes: 'диагноз уточнён' }), seen: curatorCursor })
    await laptop.push({ ...upsert('people', ids.mentee, { notes: 'диагноз снят' }), seen: curatorCursor })
    expect((await laptop.pull(curatorCursor)).changes.filter(c => c.entity === 'conflicts')).toHaveLength(1)

    expect((await post(server.app, `/api/people/${ids.mentee}/erase`, {}, bearer(mentor.token))).statusCode).toBe(403)
    const erased = await post(server.app, `/api/people/${ids.mentee}/erase`, {}, bearer(school.curatorToken))
    expect(erased.statusCode, erased.body).toBe(204)

    const curatorSees = byId((await school.curator.pullAll(curatorCursor)).changes)
    expect(curatorSees.get(ids.mentee)!.fields).toMatchObject({ name: ERASED_PERSON_NAME, classGroup: '', birthDate: '2014-12-31', ovz: 0, notes: '', requests: [], category: 'student', isMentee: 1, erased: 1 })
    expect(curatorSees.get(ids.consent)!.fields).toMatchObject({ guardianName: '', documentRef: '', date: '2024-09-01' })
    expect(curatorSees.get(ids.consent)!.fields.withdrawnDate).not.toBe('')
    expect(curatorSees.get(ids.award)!.fields).toMatchObject({ notes: '', basis: 'Приказ № 45' })
    expect([...curatorSees.values()].filter(c => c.entity === 'conflicts').map(c => c.deleted)).toEqual([1])
    const mentorSees = byId((await mentor.client.pullAll(mentorCursor)).changes)
    expect(mentorSees.get(ids.mentee)!.fields.name).toBe(ERASED_PERSON_NAME)

    const stored = JSON.stringify(await server.storage.db.selectFrom('records').select('data').where('school_id', '=', school.schoolId).execute())
    for (const secret of ['Ким Даниил', 'диагноз', 'Ким Ольга', 'Папка согласий', 'за помощь'])
      expect(stored).not.toContain(secret)
    expect(await server.storage.db.selectFrom('rejections').select('id').where('school_id', '=', school.schoolId).where('record_id', '=', ids.mentee).execute()).toEqual([])
    expect(schoolIndicators(await schoolRecords(server.storage.db, school.schoolId), YEAR)).toEqual(before)

    const again = await school.curator.push(upsert('people', ids.mentee, { name: 'Ким Даниил Олегович' }), upsert('people', ids.other, { erased: 1 }))
    expect(again.results.map(r => r.status)).toEqual(['rejected', 'rejected'])
    expect(again.restore.find(c => c.id === ids.mentee)!.fields.name).toBe(ERASED_PERSON_NAME)
    expect((await post(server.app, `/api/people/${ids.mentee}/erase`, {}, bearer(school.curatorToken))).statusCode).toBe(409)
    expect((await post(server.app, `/api/people/${uuidv7()}/erase`, {}, bearer(school.curatorToken))).statusCode).toBe(404)
    const audit = json<AuditPage>(await get(`/api/audit?record=${ids.mentee}`, school.curatorToken))
    expect(audit.entries[0]).toMatchObject({ action: 'erase', userName: 'Анна Петровна Смирнова' })
    expect(audit.entries[0]!.fields).toEqual(expect.arrayContaining(['name', 'birthDate', 'notes', 'erased']))
  })
  it('erasure reaches the rejections and the audit log, renames the person\'s account and its devices, and lists the records whose text still names them until each is edited', async () => {
    const { school, server } = ctx
    const mentor = await addMember(server.app, school, 'Воронина Елена Сергеевна')
    const ids = { program: uuidv7(), child: uuidv7(), sibling: uuidv7(), pair: uuidv7(), meeting: uuidv7(), plain: uuidv7(), item: uuidv7(), award: uuidv7(), deleted: uuidv7() }
    const child = await addMember(server.app, school, 'Козлов Даниил Игоревич', 'mentee')
    const pushed = await school.curator.push(
      upsert('programs', ids.program, { ...programFields(), goals: 'Вовлечь Даниила в проектную работу' }),
      upsert('people', ids.sibling, personFields('Козлова Мария Игоревна', { category: 'student', notes: 'сестра Даниила' })),
      upsert('pairs', ids.pair, pairFields(ids.program, mentor.personId, [child.personId])),
      upsert('meetings', ids.meeting, meetingFields(ids.pair, { topic: 'Проект', notes: 'Обсудили с Козловым Даниилом его доклад; мама Козлова просила позвонить.' })),
      upsert('meetings', ids.plain, meetingFields(ids.pair, { notes: 'Обсудили доклад' })),
      upsert('planItems', ids.item, { ...planItemFields(ids.pair, 'Помочь Даниилу с докладом'), result: 'Даниил выступил' }),
      upsert('awards', ids.award, { personId: child.personId, programId: ids.program, kind: 'certificate', date: '2025-05-20', basis: 'Приказ № 45 о награждении Козлова Д.', notes: '' }),
      upsert('meetings', ids.deleted, meetingFields(ids.pair, { notes: 'Козлов заболел' })),
    )
    expect(pushed.results.every(r => r.status === 'applied'), JSON.stringify(pushed.results)).toBe(true)
    await school.curator.push(remove('meetings', ids.deleted))
    // Refusals that carry the child's data, from stale devices and old servers, and one about someone else.
    const refusal = { school_id: school.schoolId, client_id: uuidv7(), user_id: mentor.userId, seq: 1, code: 'invalid', problem: null, at: new Date().toISOString() }
    await server.storage.db.insertInto('rejections').values([
      { ...refusal, id: uuidv7(), entity: 'awards', record_id: ids.award, field: 'notes', params: null, reason: 'Поле «notes»: слишком длинное значение' },
      { ...refusal, id: uuidv7(), entity: 'meetings', record_id: ids.meeting, field: 'notes', params: JSON.stringify({ value: 'Козлов Даниил' }), reason: 'Поле «notes»: неверное значение' },
      { ...refusal, id: uuidv7(), entity: 'Козлов Даниил', record_id: uuidv7(), field: null, params: null, reason: 'Неизвестный тип записи' },
      { ...refusal, id: uuidv7(), entity: 'meetings', record_id: ids.plain, field: 'durationMin', params: null, reason: 'Поле «durationMin»: длительность' },
    ]).execute()
    // An audit row as an older server wrote it: a made-up field name, verbatim.
    const audited = await server.storage.db.selectFrom('audit_log').select(['version', 'fields']).where('school_id', '=', school.schoolId).where('record_id', '=', ids.meeting).executeTakeFirstOrThrow()
    await server.storage.db.updateTable('audit_log').set({ fields: JSON.stringify([...JSON.parse(audited.fields) as string[], 'Козлов Даниил']) }).where('school_id', '=', school.schoolId).where('version', '=', audited.version).execute()

    const mentionsOf = (personId: string, token = school.curatorToken) => get(`/api/people/${personId}/mentions`, token)
    expect(json(await mentionsOf(child.personId)), 'nothing erased yet').toEqual([])
    expect((await post(server.app, `/api/people/${child.personId}/erase`, {}, bearer(school.curatorToken))).statusCode).toBe(204)

    const rejections = await server.storage.db.selectFrom('rejections').select(['entity', 'record_id']).where('school_id', '=', school.schoolId).where('user_id', '=', mentor.userId).execute()
    expect(rejections).toEqual([{ entity: 'meetings', record_id: ids.plain }])
    const audit = JSON.stringify(await server.storage.db.selectFrom('audit_log').selectAll().where('school_id', '=', school.schoolId).execute())
    expect(audit).not.toContain('Козлов')
    const account = await server.storage.db.selectFrom('users').select('name').where('school_id', '=', school.schoolId).where('person_id', '=', child.personId).executeTakeFirstOrThrow()
    expect(account.name).toBe(ERASED_PERSON_NAME)
    expect(JSON.stringify(json(await get('/api/users', school.curatorToken)))).not.toContain('Козлов Даниил')
    // A deleted meeting's text is on the server still, where nobody can edit it: the name is struck out.
    expect((await recordRow(server, school.schoolId, 'meetings', ids.deleted))!.data.notes).toBe('[удалено] заболел')

    expect((await mentionsOf(child.personId, mentor.token)).statusCode).toBe(403)
    const listed = await mentionsOf(child.personId)
    expect(listed.statusCode, listed.body).toBe(200)
    const mentions = json<ErasureMention[]>(listed)
    const key = (m: ErasureMention) => `${m.entity}/${m.id}/${m.field}`
    expect(mentions.map(key).sort()).toEqual([
      `awards/${ids.award}/basis`,
      `meetings/${ids.meeting}/notes`,
      `people/${ids.sibling}/notes`,
      `planItems/${ids.item}/result`,
      `planItems/${ids.item}/title`,
      `programs/${ids.program}/goals`,
    ].sort())
    const meeting = mentions.find(m => m.id === ids.meeting)!
    expect(meeting.excerpt).toContain('Козловым Даниилом')
    expect(meeting.excerpt.length).toBeLessThan(120)

    // Edited by the curator: the meeting's notes leave the list; the programme's date edit keeps its goals on it.
    await school.curator.push(upsert('meetings', ids.meeting, { notes: 'Обсудили доклад' }), upsert('programs', ids.program, { endDate: '2025-06-15' }), remove('planItems', ids.item))
    const after = json<ErasureMention[]>(await mentionsOf(child.personId)).map(key).sort()
    expect(after).toEqual([`awards/${ids.award}/basis`, `people/${ids.sibling}/notes`, `programs/${ids.program}/goals`].sort())
  })
})
