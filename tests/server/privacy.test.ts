import type { AuditPage } from '#shared/api/audit'
import { describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { schoolIndicators } from '#shared/indicators/school'
import { ERASED_PERSON_NAME } from '#shared/model/person'
import { schoolRecords } from '../../src/server/region/records.ts'
import { addMember, byId, pairFields, personFields, programFields, remove, upsert, useSchoolServer } from './helpers/school.ts'
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

    expect((await post(server.app, `/api/people/${ids.mentee}/erase`, {}, bearer(mentor.token))).statusCode).toBe(403)
    const erased = await post(server.app, `/api/people/${ids.mentee}/erase`, {}, bearer(school.curatorToken))
    expect(erased.statusCode, erased.body).toBe(204)

    const curatorSees = byId((await school.curator.pullAll(curatorCursor)).changes)
    expect(curatorSees.get(ids.mentee)!.fields).toMatchObject({ name: ERASED_PERSON_NAME, classGroup: '', birthDate: '2014-12-31', ovz: 0, notes: '', requests: [], category: 'student', isMentee: 1, erased: 1 })
    expect(curatorSees.get(ids.consent)!.fields).toMatchObject({ guardianName: '', documentRef: '', date: '2024-09-01' })
    expect(curatorSees.get(ids.consent)!.fields.withdrawnDate).not.toBe('')
    expect(curatorSees.get(ids.award)!.fields).toMatchObject({ notes: '', basis: 'Приказ № 45' })
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
})
