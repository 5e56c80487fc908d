import type { LoginResponse } from '#shared/api/auth'
import type { RegionIndicators } from '#shared/api/region'
import { describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { presetDefinitions } from '#shared/indicators/presets'
import { indicatorYearId } from '#shared/model/indicatorYear'
import { createUser } from '../../src/server/users/accounts.ts'
import { consent, addMember, anotherSchool, dutiesConsent, personFields, programFields, upsert, useSchoolServer } from './helpers/school.ts'
import { BACKENDS, bearer, json, post } from './helpers/server.ts'
import { answer, answers, day, issue, openCampaign } from './helpers/surveys.ts'

const YEAR = Number(day(30).slice(0, 4)) // the exit campaign closes in this year
const PEOPLE = {
  s1: personFields('Анна Сергеевна Ким', { category: 'student', birthDate: `${YEAR - 12}-03-01`, isMentee: 1, notes: 'тайная заметка' }),
  s2: personFields('Борис Олегович Лис', { category: 'student', birthDate: `${YEAR - 16}-05-05`, isMentor: 1 }),
  s3: personFields('Вера Павловна Дуб', { category: 'student', birthDate: `${YEAR - 19}-01-01`, isMentee: 1 }),
  y1: personFields('Глеб Ильич Мох', { category: 'young_specialist', isMentee: 1 }),
  t1: personFields('Дина Марковна Ель', { category: 'teacher', isMentor: 1 }),
}
/** Consents signed the summer before the year, so a pupil's age on signing follows the year as the birth dates do. */
const SIGNED = { date: `${YEAR - 1}-08-30` }
const pair = (programId: string, mentorId: string, menteeIds: string[]) =>
  ({ programId, mentorId, menteeIds, startDate: `${YEAR}-01-10`, plannedEndDate: `${YEAR}-05-31`, status: 'active', endReason: '' })

describe.each(BACKENDS)('regional roll-up on %s', (backend) => {
  const ctx = useSchoolServer(backend)

  let created = false
  /** Signs the region operator in, creating the account the first time (any school of the server holds it). */
  async function regionToken(): Promise<string> {
    if (!created)
      await createUser(ctx.server.storage.db, ctx.school.schoolId, { name: 'Региональный оператор', role: 'region', personId: null, login: `region-${backend}`, password: 'region long password' }, 'admin')
    created = true
    const response = await post(ctx.server.app, '/api/auth/login', { login: `region-${backend}`, password: 'region long password' })
    expect(response.statusCode, response.body).toBe(200)
    return json<LoginResponse>(response).token
  }

  it('gives each school\'s indicators and the totals, with no personal field anywhere', async () => {
    const { school, server } = ctx
    const ids = Object.fromEntries(Object.keys(PEOPLE).map(key => [key, uuidv7()])) as Record<keyof typeof PEOPLE, string>
    const campaign = await openCampaign(school)
    const pushed = await school.curator.push(
      upsert('programs', campaign.programId, { ...programFields(), startDate: `${YEAR - 1}-09-01`, endDate: `${YEAR}-05-31` }),
      ...Object.entries(PEOPLE).map(([key, fields]) => upsert('people', ids[key as keyof typeof PEOPLE], fields)),
      ...Object.entries(ids).map(([key, id]) => consent(id, key === 's1' ? { ...SIGNED, signedBy: 'guardian', guardianName: 'Ким Сергей Петрович' } : SIGNED)),
      dutiesConsent(ids.t1, SIGNED),
      upsert('pairs', uuidv7(), pair(campaign.programId, ids.t1, [ids.s1, ids.s3, ids.y1])),
      upsert('pairs', uuidv7(), pair(campaign.programId, ids.s2, [ids.s1])),
      upsert('indicatorYears', indicatorYearId(YEAR), { year: YEAR, targets: { menteeStudents: 12 }, denominators: { studentsUnder18: 20, youngSpecialists: 4 } }),
    )
    expect(pushed.results.every(r => r.status === 'applied'), JSON.stringify(pushed.results)).toBe(true)
    const { codes } = await issue(server.app, school, campaign.campaignId, { count: 5 })
    for (const [i, code] of codes.entries()) {
      const sent = await answer(server.app, { code, campaignId: campaign.campaignId, templateVersion: 1, answers: answers(i < 3 ? 9 : 2, { wishes: 'Ким молодец' }) })
      expect(sent.statusCode, sent.body).toBe(201)
    }
    const other = await anotherSchool(server, `other-${backend}`)
    await other.curator.push(upsert('programs', uuidv7(), programFields('Ученик – ученик')))

    const response = await server.app.inject({ method: 'GET', url: `/api/region/indicators?year=${YEAR}`, headers: bearer(await regionToken()) })
    expect(response.statusCode, response.body).toBe(200)
    const body = json<RegionIndicators>(response)
    expect(body.year).toBe(YEAR)
    expect(body.schools.map(s => s.schoolId).sort()).toEqual([school.schoolId, other.schoolId].sort())
    const mine = body.schools.find(s => s.schoolId === school.schoolId)!.indicators
    const value = (key: string, list = mine) => list.find(v => v.key === key)
    expect(value('menteeStudents')).toEqual({ key: 'menteeStudents', numerator: 1, denominator: 20, value: 5, target: 12, met: false })
    expect(value('mentorStudents')).toMatchObject({ numerator: 1, denominator: 20, value: 5, target: 5 })
    expect(value('menteeYoungSpecialists')).toMatchObject({ numerator: 1, denominator: 4, value: 25 })
    expect(value('menteeSatisfaction')).toMatchObject({ numerator: 3, denominator: 5, value: 60 })
    const others = body.schools.find(s => s.schoolId === other.schoolId)!.indicators
    expect(value('menteeStudents', others)).toMatchObject({ numerator: 0, denominator: null, value: null })
    expect(value('menteeStudents', body.total)).toMatchObject({ numerator: 1, denominator: 20, value: 5 })

    // Numbers and school names only: no name, note, birth date, answer or id of a person leaves the server.
    for (const secret of [...Object.values(PEOPLE).flatMap(p => [p.name, p.birthDate, p.notes]), ...Object.values(ids), 'Ким молодец'])
      expect(response.body).not.toContain(secret)
    const keys = new Set<string>()
    JSON.parse(response.body, (key, v: unknown) => {
      keys.add(key)
      return v
    })
    expect([...keys].filter(k => k !== '' && !/^\d+$/.test(k)).sort()).toEqual(['denominator', 'indicators', 'key', 'met', 'name', 'numerator', 'schoolId', 'schools', 'target', 'total', 'value', 'year'])
  })

  it('rolls up schools with definitions of their own: by the built-in they stand for, and their own kinds by name', async () => {
    // Two schools of their own: the server's first one holds the records of the test above.
    const { server } = ctx
    const school = await anotherSchool(server, `kirov-a-${backend}`)
    const other = await anotherSchool(server, `kirov-b-${backend}`)
    const programId = uuidv7()
    const [teen, child] = [uuidv7(), uuidv7()]
    // Both schools apply the region's table; each enters its own totals for the year.
    const kirov = (totals: number) => presetDefinitions('kirovRegion').map(d => upsert('indicatorDefinitions', uuidv7(), { ...d, totals: { [YEAR]: totals } }))
    const mine = await school.curator.push(
      upsert('programs', programId, { ...programFields(), startDate: `${YEAR - 1}-09-01`, endDate: `${YEAR}-05-31` }),
      upsert('people', teen, personFields('Борис Олегович Лис', { category: 'student', birthDate: `${YEAR - 16}-05-05`, isMentor: 1 })),
      upsert('people', child, personFields('Анна Сергеевна Ким', { category: 'student', birthDate: `${YEAR - 12}-03-01`, isMentee: 1 })),
      consent(teen, SIGNED),
      consent(child, { ...SIGNED, signedBy: 'guardian', guardianName: 'Ким Сергей Петрович' }),
      upsert('pairs', uuidv7(), pair(programId, teen, [child])),
      ...kirov(10),
    )
    expect(mine.results.every(r => r.status === 'applied'), JSON.stringify(mine.results)).toBe(true)
    await other.curator.push(...kirov(30))

    const response = await server.app.inject({ method: 'GET', url: `/api/region/indicators?year=${YEAR}`, headers: bearer(await regionToken()) })
    expect(response.statusCode, response.body).toBe(200)
    const { total } = json<RegionIndicators>(response)
    const of = (start: string) => total.find(v => v.own?.name.startsWith(start))
    // The 10–19 mentee and the 15–19 mentor of the first school, of both schools' totals (10 + 30).
    expect(of('Доля детей в возрасте от 10 до 19 лет')).toMatchObject({ numerator: 1, denominator: 40, value: 2.5 })
    expect(of('Доля детей и подростков в возрасте от 15 до 19 лет')).toMatchObject({ numerator: 1, denominator: 40, value: 2.5 })
    // Young teachers stand for a built-in indicator: they add up with the first test's school's (1 of 4) under it.
    expect(total.find(v => v.key === 'menteeYoungSpecialists')).toMatchObject({ numerator: 1, denominator: 44, value: 2.3 })
    expect(total.map(v => v.key).slice(0, 6)).toEqual(['menteeStudents', 'mentorStudents', 'menteeYoungSpecialists', 'partnersWithMentors', 'menteeSatisfaction', 'mentorSatisfaction'])
    // The share of the region's companies is a kind of its own (no school registers them), over the totals entered.
    expect(of('Доля предприятий (организаций) от общего количества предприятий')).toMatchObject({ numerator: 0, denominator: 40, value: 0 })
    expect(total).toHaveLength(9)
  })

  it('answers only the region role, and refuses a year that is not one', async () => {
    const { school, server } = ctx
    const mentor = await addMember(server.app, school, 'Ольга Николаевна Белова')
    for (const token of [school.curatorToken, mentor.token]) {
      const refused = await server.app.inject({ method: 'GET', url: '/api/region/indicators', headers: bearer(token) })
      expect(refused.statusCode).toBe(403)
      expect(refused.body).not.toContain('indicators')
    }
    expect((await server.app.inject({ method: 'GET', url: '/api/region/indicators' })).statusCode).toBe(401)
    const bad = await server.app.inject({ method: 'GET', url: '/api/region/indicators?year=20x6', headers: bearer(await regionToken()) })
    expect(bad.statusCode).toBe(400)
    expect(json(bad)).toMatchObject({ error: 'bad_request', field: 'year' })
  })
})
