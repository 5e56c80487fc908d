import type { ResultsResponse, SurveySummary } from '#shared/api/surveys'
import type { Member, School } from './helpers/school.ts'
import type { TestServer } from './helpers/server.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { surveyResponseId } from '#shared/model/surveyResponse'
import { countRows, recordRow } from './helpers/records.ts'
import { consent, addMember, anotherSchool, enroll, pairFields, programFields, remove, SyncClient, upsert } from './helpers/school.ts'
import { BACKENDS, bearer, json, startTestServer } from './helpers/server.ts'
import { answer, answers, day, issue, openCampaign, templateFields } from './helpers/surveys.ts'

const named = (audience: 'mentor' | 'mentee', more: Record<string, unknown> = {}) => ({ mode: 'named', audience, ...more })
const response = (campaignId: string, personId: string, score: number, more: Record<string, unknown> = {}) =>
  upsert('surveyResponses', surveyResponseId(campaignId, personId), { campaignId, personId, templateVersion: 1, answers: answers(score), ...more })
const surveyIds = (changes: Array<{ entity: string, id: string }>) => new Set(changes.filter(c => c.entity.startsWith('survey')).map(c => c.id))

describe.each(BACKENDS)('named surveys on %s', (backend) => {
  let server: TestServer
  let schools = 0
  beforeAll(async () => {
    server = await startTestServer(backend)
  })
  afterAll(() => server?.close())
  const newSchool = () => anotherSchool(server, `named${++schools}`)

  /** openCampaign pushes a template only along with a new program; campaigns of existing programs share this one. */
  async function newTemplate(school: School): Promise<string> {
    const templateId = uuidv7()
    expect((await school.curator.push(upsert('surveyTemplates', templateId, templateFields()))).results[0]!.status).toBe('applied')
    return templateId
  }

  /** Two programs; in A a mentor with a mentee account, in B another mentor. */
  async function buildSchool(school: School) {
    const mentorA = await addMember(server.app, school, 'Ольга Николаевна Белова')
    const mentorB = await addMember(server.app, school, 'Игорь Петрович Соколов')
    const mentee = await addMember(server.app, school, 'Дарья Ким', 'mentee')
    const programA = uuidv7()
    const programB = uuidv7()
    const stranger = uuidv7()
    const pushed = await school.curator.push(
      consent(stranger),
      upsert('programs', programA, programFields('Учитель – учитель')),
      upsert('programs', programB, programFields('Ученик – ученик')),
      upsert('pairs', uuidv7(), pairFields(programA, mentorA.personId, [mentee.personId])),
      upsert('pairs', uuidv7(), pairFields(programB, mentorB.personId, [stranger])),
    )
    expect(pushed.results.every(r => r.status === 'applied'), JSON.stringify(pushed.results)).toBe(true)
    return { mentorA, mentorB, mentee, programA, programB }
  }

  it('gives a mentor and a mentee only the named campaigns addressed to them, their templates and their own responses', async () => {
    const school = await newSchool()
    const { mentorA, mentorB, mentee, programA, programB } = await buildSchool(school)
    const templateId = await newTemplate(school)
    const addressed = async (more: Record<string, unknown>) => (await openCampaign(school, more, { programId: programA, templateId })).campaignId
    const mentorsA = await addressed(named('mentor'))
    const menteesA = await addressed(named('mentee'))
    const anonymousA = await addressed({ audience: 'mentor' })
    const mentorsB = (await openCampaign(school, named('mentor'), { programId: programB, templateId })).campaignId

    const first = await mentorA.client.pullAll(null)
    expect(surveyIds(first.changes)).toEqual(new Set([mentorsA, templateId]))
    const menteePull = await mentee.client.pullAll(null)
    expect(surveyIds(menteePull.changes)).toEqual(new Set([menteesA, templateId]))
    // Besides, a mentee gets the program (to name the survey), never the pair or any person.
    expect(menteePull.changes.filter(c => !c.entity.startsWith('survey')).map(c => c.id)).toEqual([programA])
    expect(surveyIds((await mentorB.client.pullAll(null)).changes)).toEqual(new Set([mentorsB, templateId]))
    expect(surveyIds(first.changes)).not.toContain(anonymousA)

    // Each answers their own; each gets back only their own response, the curator gets both.
    const mine = await mentorA.client.push(response(mentorsA, mentorA.personId, 8))
    expect(mine.results[0]!.status).toBe('applied')
    expect((await mentorB.client.push(response(mentorsB, mentorB.personId, 6))).results[0]!.status).toBe('applied')
    expect((await mentee.client.push(response(menteesA, mentee.personId, 9))).results[0]!.status).toBe('applied')
    const ownA = surveyResponseId(mentorsA, mentorA.personId)
    const later = await mentorA.client.pullAll(first.cursor)
    expect(later.changes.filter(c => c.entity === 'surveyResponses').map(c => c.id)).toEqual([ownA])
    expect((await mentorA.client.pullAll(null)).changes.filter(c => c.entity === 'surveyResponses').map(c => c.id)).toEqual([ownA])
    const curatorResponses = (await school.curator.pullAll(null)).changes.filter(c => c.entity === 'surveyResponses')
    expect(curatorResponses.map(c => c.id).sort()).toEqual([ownA, surveyResponseId(mentorsB, mentorB.personId), surveyResponseId(menteesA, mentee.personId)].sort())
    expect(curatorResponses.find(c => c.id === ownA)!.fields).toMatchObject({ personId: mentorA.personId, answers: answers(8) })
  })

  it('refuses answering for someone else, to a campaign not addressed, closed or not open, with a forged id, bad answers, or a delete', async () => {
    const school = await newSchool()
    const { mentorA, mentorB, programA, programB } = await buildSchool(school)
    const templateId = await newTemplate(school)
    const open = (more: Record<string, unknown>, programId = programA) => openCampaign(school, named('mentor', more), { programId, templateId }).then(c => c.campaignId)
    const campaign = await open({})
    const closed = await open({ opensOn: day(-10), closesOn: day(-1) })
    const notYet = await open({ opensOn: day(1), closesOn: day(10) })
    const foreign = await open({}, programB)
    const me = mentorA.personId
    const before = await countRows(server, 'records', school.schoolId)

    const verdicts = await mentorA.client.push(
      response(campaign, mentorB.personId, 8),
      upsert('surveyResponses', surveyResponseId(campaign, me), { campaignId: campaign, personId: mentorB.personId, templateVersion: 1, answers: answers(8) }),
      response(foreign, me, 8),
      response(closed, me, 8),
      response(notYet, me, 8),
      upsert('surveyResponses', uuidv7(), { campaignId: campaign, personId: me, templateVersion: 1, answers: answers(8) }),
      response(campaign, me, 8, { answers: { 'exp.comfort': 8 } }),
      response(campaign, me, 8, { answers: answers(11) }),
      response(campaign, me, 8, { templateVersion: 2 }),
      remove('surveyResponses', surveyResponseId(campaign, me)),
    )
    expect(verdicts.results.map(r => [r.status, r.code, r.field])).toEqual([
      ['rejected', 'forbidden', 'personId'],
      ['rejected', 'forbidden', 'personId'],
      ['rejected', 'forbidden', 'campaignId'],
      ['rejected', 'forbidden', 'campaignId'],
      ['rejected', 'forbidden', 'campaignId'],
      ['rejected', 'invalid', 'id'],
      ['rejected', 'invalid', 'answers.sat.program'],
      ['rejected', 'invalid', 'answers.exp.comfort'],
      ['rejected', 'invalid', 'templateVersion'],
      ['rejected', 'forbidden', undefined],
    ])
    expect(verdicts.results[3]!.problem).toBe('campaign_closed')
    expect(await countRows(server, 'records', school.schoolId)).toBe(before)

    // Someone else's answer cannot be overwritten, and a curator does not answer for anyone.
    expect((await mentorB.client.push(response(foreign, mentorB.personId, 5))).results[0]!.status).toBe('applied')
    const theirs = surveyResponseId(foreign, mentorB.personId)
    const overwrite = await mentorA.client.push(upsert('surveyResponses', theirs, { answers: answers(1) }))
    expect(overwrite.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect(overwrite.restore).toEqual([{ entity: 'surveyResponses', id: theirs, version: 0, deleted: 1, fields: {} }])
    expect((await school.curator.push(upsert('surveyResponses', theirs, { answers: answers(1) }))).results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect((await recordRow(server, school.schoolId, 'surveyResponses', theirs))!.data.answers).toEqual(answers(5))
  })

  it('keeps one answer per person: a second device writes the same record, and edits apply while open', async () => {
    const school = await newSchool()
    const { mentorA, programA } = await buildSchool(school)
    const { campaignId } = await openCampaign(school, named('mentor'), { programId: programA, templateId: await newTemplate(school) })
    const secondPhone = new SyncClient(server.app, await enroll(server.app, school.curatorToken, mentorA.userId, 'Планшет'))
    const id = surveyResponseId(campaignId, mentorA.personId)
    expect((await mentorA.client.push(response(campaignId, mentorA.personId, 4))).results[0]!.status).toBe('applied')
    expect((await secondPhone.push(response(campaignId, mentorA.personId, 9, { answers: answers(9, { wishes: 'больше практики' }) }))).results[0]!.status).toBe('applied')
    const rows = await server.storage.db.selectFrom('records').select('id').where('school_id', '=', school.schoolId).where('entity', '=', 'surveyResponses').execute()
    expect(rows.map(r => r.id)).toEqual([id])
    expect((await recordRow(server, school.schoolId, 'surveyResponses', id))!.data.answers).toEqual(answers(9, { wishes: 'больше практики' }))
    const pulled = await mentorA.client.pullAll(null)
    expect(pulled.changes.filter(c => c.entity === 'surveyResponses').map(c => c.fields.answers)).toEqual([answers(9, { wishes: 'больше практики' })])
  })

  it('counts named answers in the results at once and in the summary from 5, and compares entry with exit person by person', async () => {
    const school = await newSchool()
    const programId = uuidv7()
    const templateId = await newTemplate(school)
    const mentees: Member[] = []
    for (let i = 0; i < 5; i++)
      mentees.push(await addMember(server.app, school, `Наставляемый ${i + 1}`, 'mentee'))
    const mentor = await addMember(server.app, school, 'Ольга Белова')
    await school.curator.push(
      upsert('programs', programId, programFields('Ученик – ученик')),
      upsert('pairs', uuidv7(), pairFields(programId, mentor.personId, mentees.map(m => m.personId))),
    )
    const entry = (await openCampaign(school, named('mentee', { phase: 'entry' }), { programId, templateId })).campaignId
    const exit = (await openCampaign(school, named('mentee'), { programId, templateId })).campaignId
    // An anonymous exit of the same program pools with the named one, and never comes back in a pull.
    const anonymous = (await openCampaign(school, {}, { programId, templateId })).campaignId
    const { codes } = await issue(server.app, school, anonymous, { count: 1 })
    expect((await answer(server.app, { code: codes[0], templateVersion: 1, answers: answers(2, { wishes: 'анонимное пожелание' }) })).statusCode).toBe(201)

    for (const [i, m] of mentees.entries()) {
      await m.client.pullAll(null)
      expect((await m.client.push(response(entry, m.personId, 4), ...(i < 4 ? [response(exit, m.personId, 8 + (i % 2))] : []))).results.every(r => r.status === 'applied')).toBe(true)
    }
    const results = (against?: string) => server.app.inject({ method: 'GET', url: `/api/surveys/campaigns/${exit}/results${against ? `?against=${against}` : ''}`, headers: bearer(school.curatorToken) })
    // Four named answers: the campaign's own results show them (its curator reads each response anyway), while the
    // summary, which the indicators and the region take, still waits for five.
    expect(json<ResultsResponse>(await results()).results).toMatchObject({ hidden: false, count: 4, satisfaction: { hidden: false, count: 4, satisfied: 4 } })
    const four = json<SurveySummary>(await server.app.inject({ method: 'GET', url: '/api/surveys/summary', headers: bearer(school.curatorToken) }))
    expect(four.campaigns.find(c => c.campaignId === exit)).toMatchObject({ answers: 4, satisfaction: { hidden: true, count: 4 } })

    expect((await mentees[4]!.client.push(response(exit, mentees[4]!.personId, 3))).results[0]!.status).toBe('applied')
    const shown = json<ResultsResponse>(await results(entry))
    expect(shown.results).toMatchObject({ hidden: false, count: 5, satisfaction: { hidden: false, count: 5, satisfied: 4, level: 0.8 } })
    expect(shown.comparison!.items.find(i => i.key === 'sat.program')).toMatchObject({ paired: 5, change: (4 + 5 + 4 + 5 - 1) / 5 })
    const respondents = shown.comparison!.respondents
    expect(respondents).toMatchObject({ hidden: false })
    const rows = respondents && !respondents.hidden ? respondents.rows : []
    expect(rows.map(r => r.label)).toEqual(mentees.map((_, i) => `Наставляемый ${i + 1}`))

    const summary = json<SurveySummary>(await server.app.inject({ method: 'GET', url: '/api/surveys/summary', headers: bearer(school.curatorToken) }))
    expect(summary.campaigns.find(c => c.campaignId === exit)).toMatchObject({ answers: 5, satisfaction: { hidden: false, level: 0.8 } })
    // The anonymous campaign has one answer: under 5, it adds nothing to the pools.
    expect(summary.byProgram).toEqual([{ programId, audience: 'mentee', satisfaction: { hidden: false, count: 5, satisfied: 4, level: 0.8 } }])
    expect(summary.byForm).toEqual([{ form: 'учитель – учитель', audience: 'mentee', satisfaction: { hidden: false, count: 5, satisfied: 4, level: 0.8 } }])

    for (const client of [school.curator, mentor.client, ...mentees.map(m => m.client)])
      expect(JSON.stringify(await client.pullAll(null))).not.toContain('анонимное пожелание')
  })
})
