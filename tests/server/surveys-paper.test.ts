import type { ApiError } from '#shared/api/errors'
import type { School } from './helpers/school.ts'
import type { TestServer } from './helpers/server.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answer, answers, day, issue, openCampaign } from './helpers/surveys.ts'
import { addMember, anotherSchool, upsert } from './helpers/school.ts'
import { BACKENDS, bearer, json, post, startTestServer } from './helpers/server.ts'

describe.each(BACKENDS)('paper questionnaires typed in by the curator on %s', (backend) => {
  let server: TestServer
  let schools = 0
  beforeAll(async () => {
    server = await startTestServer(backend)
  })
  afterAll(() => server?.close())
  const newSchool = (): Promise<School> => anotherSchool(server, `paper${++schools}`)
  const paper = (school: School | string, campaignId: string, body: Record<string, unknown>) =>
    post(server.app, `/api/surveys/campaigns/${campaignId}/paper`, body, bearer(typeof school === 'string' ? school : school.curatorToken))
  const stored = (campaignId: string) => server.storage.db.selectFrom('survey_answers').selectAll().where('campaign_id', '=', campaignId).execute()

  it('counts a blank collected before the close once, by its card, after the campaign has closed', async () => {
    const school = await newSchool()
    const { campaignId, templateId, programId } = await openCampaign(school, { opensOn: day(-20) })
    const [byPhone, onPaper, blank] = (await issue(server.app, school, campaignId, { count: 3 })).codes as [string, string, string]
    expect((await answer(server.app, { code: byPhone, templateVersion: 1, answers: answers(9) })).statusCode).toBe(201)
    await school.curator.push(upsert('surveyCampaigns', campaignId, { closesOn: day(-1) }))
    expect(json<ApiError>(await answer(server.app, { code: onPaper, templateVersion: 1, answers: answers(4) })).error).toBe('campaign_closed')

    const typed = await paper(school, campaignId, { code: onPaper.toLowerCase().replaceAll('-', ' '), templateVersion: 1, answers: answers(4, { frequency: 'Раз в месяц' }) })
    expect(typed.statusCode, typed.body).toBe(201)
    expect((await stored(campaignId)).map(row => JSON.parse(row.answers) as Record<string, unknown>).map(a => a['sat.program']).sort()).toEqual([4, 9])

    // Once per card, whether the phone or the paper answered first.
    for (const code of [onPaper, byPhone]) {
      const again = await paper(school, campaignId, { code, templateVersion: 1, answers: answers(5) })
      expect([again.statusCode, json<ApiError>(again).error]).toEqual([409, 'ballot_used'])
    }
    const wrong = await paper(school, campaignId, { code: blank, templateVersion: 1, answers: { 'exp.comfort': 11 } })
    expect([wrong.statusCode, json<ApiError>(wrong).field]).toEqual([400, 'answers.exp.comfort'])

    // A card of another campaign, of another school, or none at all: an unknown code, named as the field.
    const other = await openCampaign(school, {}, { programId, templateId })
    const [otherCard] = (await issue(server.app, school, other.campaignId, { count: 1 })).codes
    const stranger = await newSchool()
    const strangerCampaign = await openCampaign(stranger)
    const [strangerCard] = (await issue(server.app, stranger, strangerCampaign.campaignId, { count: 1 })).codes
    for (const code of [otherCard, strangerCard, 'AAAA-BBBB-CCCC']) {
      const unknown = await paper(school, campaignId, { code, templateVersion: 1, answers: answers(5) })
      expect([unknown.statusCode, json<ApiError>(unknown).error, json<ApiError>(unknown).field]).toEqual([404, 'ballot_unknown', 'code'])
    }
    // Nor may another school's curator type into this campaign by its card.
    expect((await paper(stranger, campaignId, { code: blank, templateVersion: 1, answers: answers(5) })).statusCode).toBe(404)
    expect(await stored(campaignId)).toHaveLength(2)
  })

  it('is the curator\'s alone, and waits for the campaign to open', async () => {
    const school = await newSchool()
    const later = await openCampaign(school, { opensOn: day(5), closesOn: day(30) })
    const [code] = (await issue(server.app, school, later.campaignId, { count: 1 })).codes
    const early = await paper(school, later.campaignId, { code, templateVersion: 1, answers: answers(7) })
    expect([early.statusCode, json<ApiError>(early).error]).toEqual([409, 'campaign_not_open'])
    const mentor = await addMember(server.app, school, 'Петрова Анна Сергеевна')
    expect((await paper(mentor.token, later.campaignId, { code, templateVersion: 1, answers: answers(7) })).statusCode).toBe(403)
    expect((await post(server.app, `/api/surveys/campaigns/${later.campaignId}/paper`, { code, templateVersion: 1, answers: answers(7) })).statusCode).toBe(401)
    expect(await stored(later.campaignId)).toHaveLength(0)
  })
})
