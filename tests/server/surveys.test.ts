import type { ApiError } from '#shared/api/errors'
import type { BallotView, ResultsResponse } from '#shared/api/surveys'
import type { School } from './helpers/school.ts'
import type { TestServer } from './helpers/server.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { answer, answers, issue, ITEMS, openCampaign, templateFields } from './helpers/surveys.ts'
import { anotherSchool, upsert } from './helpers/school.ts'
import { BACKENDS, bearer, json, startTestServer } from './helpers/server.ts'

describe.each(BACKENDS)('survey ballots and answers on %s', (backend) => {
  let server: TestServer
  let schools = 0
  beforeAll(async () => {
    server = await startTestServer(backend)
  })
  afterAll(() => server?.close())
  const newSchool = (): Promise<School> => anotherSchool(server, `surveys${++schools}`)
  const ballot = (code: string) => server.app.inject({ method: 'GET', url: `/api/surveys/ballot/${code}`, remoteAddress: '10.9.9.9' })

  it('issues codes once, keeps only their hashes, and opens the questionnaire by code without an account', async () => {
    const school = await newSchool()
    const { campaignId } = await openCampaign(school)
    const { codes, issued } = await issue(server.app, school, campaignId, { count: 3 })
    expect(issued).toBe(3)
    expect(new Set(codes).size).toBe(3)
    for (const code of codes)
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    const stored = JSON.stringify(await server.storage.db.selectFrom('ballots').selectAll().execute())
    for (const code of codes) {
      expect(stored).not.toContain(code)
      expect(stored).not.toContain(code.replaceAll('-', ''))
    }

    const opened = await ballot(codes[0]!.toLowerCase())
    expect(opened.statusCode, opened.body).toBe(200)
    expect(json<BallotView>(opened)).toMatchObject({ campaignId, state: 'open', templateVersion: 1, phase: 'exit', items: ITEMS })
    const counts = await server.app.inject({ method: 'GET', url: `/api/surveys/campaigns/${campaignId}/ballots`, headers: bearer(school.curatorToken) })
    expect(json(counts)).toEqual({ issued: 3, used: 0 })
  })

  it('counts an answer once and refuses a used, unknown or closed code, a stale template and a missing answer', async () => {
    const school = await newSchool()
    const { campaignId, templateId, programId } = await openCampaign(school)
    const [code, other] = (await issue(server.app, school, campaignId, { count: 2 })).codes as [string, string]

    const missing = await answer(server.app, { code, templateVersion: 1, answers: { 'exp.comfort': 8 } })
    expect(missing.statusCode).toBe(400)
    expect(json<ApiError>(missing)).toMatchObject({ error: 'bad_request', field: 'answers.sat.program' })
    const outOfScale = await answer(server.app, { code, templateVersion: 1, answers: answers(11) })
    expect(json<ApiError>(outOfScale)).toMatchObject({ error: 'bad_request', field: 'answers.exp.comfort' })
    const badOption = await answer(server.app, { code, templateVersion: 1, answers: answers(8, { frequency: 'Каждый день' }) })
    expect(json<ApiError>(badOption)).toMatchObject({ error: 'bad_request', field: 'answers.frequency' })

    const accepted = await answer(server.app, { code, templateVersion: 1, answers: answers(8, { goals: ['Друзья'], wishes: '  больше встреч ' }) })
    expect(accepted.statusCode, accepted.body).toBe(201)
    const again = await answer(server.app, { code, templateVersion: 1, answers: answers(3) })
    expect(again.statusCode).toBe(409)
    expect(json<ApiError>(again)).toMatchObject({ error: 'ballot_used', message: expect.stringContaining('код уже использован') })
    expect(json<BallotView>(await ballot(code)).state).toBe('used')
    const stored = await server.storage.db.selectFrom('survey_answers').selectAll().where('campaign_id', '=', campaignId).execute()
    expect(stored).toHaveLength(1)
    expect(JSON.parse(stored[0]!.answers)).toEqual({ 'exp.comfort': 8, 'sat.program': 8, 'goals': ['Друзья'], 'wishes': 'больше встреч' })

    const unknown = await answer(server.app, { code: 'AAAA-BBBB-CCCC', templateVersion: 1, answers: answers(5) })
    expect(unknown.statusCode).toBe(404)
    expect(json<ApiError>(unknown).error).toBe('ballot_unknown')
    expect((await ballot('AAAA-BBBB-CCCC')).statusCode).toBe(404)

    // The curator moves the campaign to a new version of the questionnaire while a phone holds the old one.
    const newTemplate = uuidv7()
    const items = [...ITEMS, { key: 'sat.mentor', kind: 'scale' as const, text: 'Наставник?', required: true }]
    await school.curator.push(
      upsert('surveyTemplates', newTemplate, { ...templateFields(items, 2), basedOn: templateId }),
      upsert('surveyCampaigns', campaignId, { templateId: newTemplate, templateVersion: 2 }),
    )
    const stale = await answer(server.app, { code: other, templateVersion: 1, answers: answers(6) })
    expect(stale.statusCode).toBe(409)
    const body = json<ApiError & { ballot: BallotView }>(stale)
    expect(body.error).toBe('template_outdated')
    expect(body.ballot).toMatchObject({ templateVersion: 2, items })

    const closed = await openCampaign(school, { opensOn: '2024-09-01', closesOn: '2024-10-01' }, { programId, templateId })
    const [late] = (await issue(server.app, school, closed.campaignId, { count: 1 })).codes
    const refused = await answer(server.app, { code: late, templateVersion: 1, answers: answers(9) })
    expect(refused.statusCode).toBe(410)
    expect(json<ApiError>(refused).error).toBe('campaign_closed')
    expect(await server.storage.db.selectFrom('survey_answers').selectAll().where('campaign_id', '=', closed.campaignId).execute()).toHaveLength(0)
  })

  it('keeps a question\'s choice that stands alone and refuses an answer that ticks it with another', async () => {
    const school = await newSchool()
    const { programId, templateId } = await openCampaign(school)
    const items = ITEMS.map(item => item.key === 'goals' ? { ...item, options: [...item.options!, 'Ничего'], exclusive: 'Ничего' } : item)
    await school.curator.push(upsert('surveyTemplates', templateId, { ...templateFields(items, 1) }))
    const { campaignId } = await openCampaign(school, {}, { programId, templateId })
    const [code] = (await issue(server.app, school, campaignId, { count: 1 })).codes as [string]
    expect(json<BallotView>(await ballot(code)).items.find(item => item.key === 'goals')).toMatchObject({ exclusive: 'Ничего' })

    const both = await answer(server.app, { code, templateVersion: 1, answers: answers(7, { goals: ['Друзья', 'Ничего'] }) })
    expect(both.statusCode).toBe(400)
    expect(json<ApiError>(both)).toMatchObject({ error: 'bad_request', field: 'answers.goals' })
    const alone = await answer(server.app, { code, templateVersion: 1, answers: answers(7, { goals: ['Ничего'] }) })
    expect(alone.statusCode, alone.body).toBe(201)
  })

  it('accepts exactly one of 20 concurrent submits of one code', async () => {
    const school = await newSchool()
    const { campaignId } = await openCampaign(school)
    const [code] = (await issue(server.app, school, campaignId, { count: 1 })).codes
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => answer(server.app, { code, templateVersion: 1, answers: answers(1 + (i % 10)) })))
    const statuses = replies.map(r => r.statusCode)
    expect(statuses.filter(s => s === 201)).toHaveLength(1)
    expect(statuses.filter(s => s === 409)).toHaveLength(19)
    for (const reply of replies.filter(r => r.statusCode === 409))
      expect(json<ApiError>(reply).error).toBe('ballot_used')
    const rows = await server.storage.db.selectFrom('survey_answers').selectAll().where('campaign_id', '=', campaignId).execute()
    expect(rows).toHaveLength(1)
    const ballots = await server.storage.db.selectFrom('ballots').selectAll().where('campaign_id', '=', campaignId).execute()
    expect(ballots.map(b => b.used_at !== null)).toEqual([true])
  })

  it('tells a flood from one address to wait, and counts nothing twice', async () => {
    const school = await newSchool()
    const { campaignId } = await openCampaign(school)
    const [code] = (await issue(server.app, school, campaignId, { count: 1 })).codes
    const replies = await Promise.all(Array.from({ length: 50 }, () => answer(server.app, { code, templateVersion: 1, answers: answers(7) }, '10.200.0.1')))
    const statuses = replies.map(r => r.statusCode)
    expect(statuses.filter(s => s === 201)).toHaveLength(1)
    const limited = replies.filter(r => r.statusCode === 429)
    expect(limited.length).toBeGreaterThanOrEqual(15)
    expect(json<ApiError>(limited[0]!)).toMatchObject({ error: 'rate_limited', message: expect.stringContaining('Слишком много') })
    expect(limited[0]!.headers['retry-after']).toBeDefined()
    expect(statuses.every(s => s === 201 || s === 409 || s === 429)).toBe(true)
    // Another address is not held back by this one.
    expect((await ballot(code!)).statusCode).toBe(200)
    expect(await server.storage.db.selectFrom('survey_answers').selectAll().where('campaign_id', '=', campaignId).execute()).toHaveLength(1)
  })

  it('links a card\'s entry and exit answers by its pseudonym, and compares them only from 5 cards, never card by card', async () => {
    const school = await newSchool()
    const entry = await openCampaign(school, { phase: 'entry' })
    const exit = await openCampaign(school, { phase: 'exit' }, entry)
    const { codes } = await issue(server.app, school, entry.campaignId, { count: 5 })
    expect((await issue(server.app, school, exit.campaignId, { sameCardsAs: entry.campaignId })).issued).toBe(5)
    for (const [i, code] of codes.entries()) {
      // Both campaigns are open: the phone names the one it was shown.
      expect((await answer(server.app, { code, campaignId: entry.campaignId, templateVersion: 1, answers: answers(4 + (i % 2)) })).statusCode).toBe(201)
      if (i < 4)
        expect((await answer(server.app, { code, campaignId: exit.campaignId, templateVersion: 1, answers: answers(8) })).statusCode).toBe(201)
    }
    const url = `/api/surveys/campaigns/${exit.campaignId}/results?against=${entry.campaignId}`
    const four = json<ResultsResponse>(await server.app.inject({ method: 'GET', url, headers: bearer(school.curatorToken) }))
    expect(four).toMatchObject({ received: 4, results: { hidden: true, count: 4 } })
    // The four exits are not a published five yet: they pair with nothing.
    expect(four.comparison!.items[0]).toMatchObject({ key: 'exp.comfort', paired: 0, change: null, entry: { hidden: false, mean: 4.4 }, exit: { hidden: true, count: 0 } })

    expect((await answer(server.app, { code: codes[4], campaignId: exit.campaignId, templateVersion: 1, answers: answers(9) })).statusCode).toBe(201)
    const five = json<ResultsResponse>(await server.app.inject({ method: 'GET', url, headers: bearer(school.curatorToken) }))
    expect(five.results).toMatchObject({ hidden: false, count: 5 })
    expect(five.comparison!.items[0]).toMatchObject({ key: 'exp.comfort', paired: 5, entry: { hidden: false, mean: 4.4 }, exit: { hidden: false, mean: 8.2 } })
    expect(five.comparison!.items[0]!.change).toBeCloseTo(3.8)
    expect(five.comparison!.respondents).toBeUndefined()
  })
})
