import type { ResultsResponse, SurveySummary } from '#shared/api/surveys'
import type { ItemResult } from '#shared/surveys/results'
import type { Campaign } from './helpers/surveys.ts'
import type { School } from './helpers/school.ts'
import type { TestServer } from './helpers/server.ts'
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { schoolIndicators } from '#shared/indicators/school'
import { schoolRecords } from '../../src/server/region/records.ts'
import { answer, answers, day, issue, openCampaign } from './helpers/surveys.ts'
import { anotherSchool, upsert } from './helpers/school.ts'
import { BACKENDS, bearer, json, startTestServer } from './helpers/server.ts'

/** What a server before the school secret stored for a card, and what a curator holding the card can compute. */
const legacyPseudonym = (code: string) => createHash('sha256').update(`respondent:${code.replaceAll('-', '')}`).digest('hex')
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi

describe.each(BACKENDS)('survey anonymity against the curator on %s', (backend) => {
  let server: TestServer
  let schools = 0
  beforeAll(async () => {
    server = await startTestServer(backend)
  })
  afterAll(() => server?.close())
  const newSchool = (): Promise<School> => anotherSchool(server, `insider${++schools}`)

  const get = (school: School, url: string) => server.app.inject({ method: 'GET', url, headers: bearer(school.curatorToken) })
  const results = async (school: School, campaignId: string, against?: string) => {
    const response = await get(school, `/api/surveys/campaigns/${campaignId}/results${against ? `?against=${against}` : ''}`)
    expect(response.statusCode, response.body).toBe(200)
    return { body: response.body, ...json<ResultsResponse>(response) }
  }
  const send = async (code: string, campaignId: string, body: Record<string, unknown>) => {
    const sent = await answer(server.app, { code, campaignId, templateVersion: 1, answers: body })
    expect(sent.statusCode, sent.body).toBe(201)
  }
  const close = async (school: School, campaignId: string) => {
    const pushed = await school.curator.push(upsert('surveyCampaigns', campaignId, { closesOn: day(-1) }))
    expect(pushed.results[0]!.status).toBe('applied')
  }
  const item = ({ results }: Pick<ResultsResponse, 'results'>, key: string): ItemResult | undefined =>
    results.hidden ? undefined : results.items.find(i => i.key === key)

  /** Every number the school's surveys give out: results, the comparison, the summary, and the indicators the region reads. */
  async function everything(school: School, exit: Campaign, entry: Campaign) {
    const { received, ...withEntry } = await results(school, exit.campaignId, entry.campaignId)
    const summary = json<SurveySummary>(await get(school, '/api/surveys/summary'))
    const year = Number(day(30).slice(0, 4))
    return {
      received,
      aggregates: {
        results: withEntry.results,
        comparison: withEntry.comparison,
        summary: { ...summary, campaigns: summary.campaigns.map(({ answers: _count, ...rest }) => rest) },
        indicators: schoolIndicators(await schoolRecords(server.storage.db, school.schoolId), year),
      },
      body: withEntry.body,
    }
  }

  it('publishes answers in fives: what the curator reads before and after a 6th answer is the same', async () => {
    const school = await newSchool()
    const entry = await openCampaign(school, { phase: 'entry' })
    const exit = await openCampaign(school, { phase: 'exit' }, entry)
    const { codes } = await issue(server.app, school, entry.campaignId, { count: 10 })
    await issue(server.app, school, exit.campaignId, { sameCardsAs: entry.campaignId })
    for (const [i, code] of codes.entries())
      await send(code, entry.campaignId, answers(3 + (i % 4)))
    for (const [i, code] of codes.slice(0, 5).entries())
      await send(code, exit.campaignId, answers(7 + (i % 3), { frequency: 'Раз в неделю', goals: ['Друзья'] }))
    const five = await everything(school, exit, entry)
    expect(five.received).toBe(5)
    expect(five.aggregates.results).toMatchObject({ hidden: false, count: 5 })
    expect(five.aggregates.comparison!.items[0]).toMatchObject({ key: 'exp.comfort', paired: 5 })

    // The sixth: the lowest mark everywhere, a choice nobody else made, a name in the free text.
    await send(codes[5]!, exit.campaignId, answers(1, { frequency: 'Раз в месяц', goals: ['Профессия'], wishes: 'мне не помогли, я Козлов' }))
    const six = await everything(school, exit, entry)
    expect(six.received).toBe(6)
    expect(six.aggregates).toEqual(five.aggregates)
    expect(six.body).not.toContain('Козлов')

    // Four more make the second five: the figures move now, by five answers at once.
    for (const code of codes.slice(6, 10))
      await send(code, exit.campaignId, answers(8))
    const ten = await everything(school, exit, entry)
    expect(ten.aggregates.results).toMatchObject({ hidden: false, count: 10 })
    expect(ten.aggregates.comparison!.items[0]).toMatchObject({ key: 'exp.comfort', paired: 10 })
    // Only the sixth of the second five chose goals: that item moves by fives of its own, so it stays where it was.
    expect(item(ten.aggregates, 'goals')).toEqual(item(five.aggregates, 'goals'))
    expect(item(ten.aggregates, 'frequency')).toMatchObject({ count: 5 })
  })

  it('shows free text only once the campaign has closed, from 5 answers, shuffled and without a time', async () => {
    const school = await newSchool()
    const campaign = await openCampaign(school)
    const { codes } = await issue(server.app, school, campaign.campaignId, { count: 10 })
    // Sent in alphabetical order, so neither the order of arrival nor a sort could pass for a shuffle.
    const texts = codes.map((_, i) => `пожелание ${String(i).padStart(2, '0')}`)
    for (const [i, code] of codes.entries())
      await send(code, campaign.campaignId, answers(8, { wishes: texts[i] }))

    const open = await results(school, campaign.campaignId)
    expect(item(open, 'wishes')).toEqual({ key: 'wishes', text: 'Пожелания', kind: 'text', hidden: true, count: 10, untilClosed: true })
    for (const text of texts)
      expect(open.body).not.toContain(text)

    await close(school, campaign.campaignId)
    const closed = await results(school, campaign.campaignId)
    const shown = item(closed, 'wishes')
    expect(shown).toMatchObject({ hidden: false, kind: 'text', count: 10 })
    const listed = shown && !shown.hidden && shown.kind === 'text' ? shown.answers : []
    expect([...listed].sort()).toEqual(texts)
    expect(listed).not.toEqual(texts)
    expect(closed.body).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/)
    expect(item(await results(school, campaign.campaignId), 'wishes')).toEqual(shown)

    // Closed, but only four wrote anything: still hidden.
    const few = await openCampaign(school, {}, campaign)
    const fewCodes = (await issue(server.app, school, few.campaignId, { count: 5 })).codes
    for (const [i, code] of fewCodes.entries())
      await send(code, few.campaignId, answers(6, i < 4 ? { wishes: `короткий ответ ${i}` } : {}))
    await close(school, few.campaignId)
    const fewResults = await results(school, few.campaignId)
    expect(item(fewResults, 'wishes')).toEqual({ key: 'wishes', text: 'Пожелания', kind: 'text', hidden: true, count: 4 })
    expect(fewResults.body).not.toContain('короткий ответ')
  })

  it('lets no answer of any survey route name a card: no pseudonym, no prefix of one, no secret', async () => {
    const school = await newSchool()
    const entry = await openCampaign(school, { phase: 'entry' })
    const exit = await openCampaign(school, { phase: 'exit' }, entry)
    const { codes } = await issue(server.app, school, entry.campaignId, { count: 5 })
    await issue(server.app, school, exit.campaignId, { sameCardsAs: entry.campaignId })
    const bodies: string[] = []
    for (const [i, code] of codes.entries()) {
      bodies.push((await answer(server.app, { code, campaignId: entry.campaignId, templateVersion: 1, answers: answers(4 + (i % 3), { wishes: `вход ${i}` }) })).body)
      bodies.push((await answer(server.app, { code, campaignId: exit.campaignId, templateVersion: 1, answers: answers(8, { wishes: `выход ${i}` }) })).body)
    }
    await close(school, entry.campaignId)
    await close(school, exit.campaignId)
    const compared = await results(school, exit.campaignId, entry.campaignId)
    expect(compared.comparison!.items[0]).toMatchObject({ paired: 5, change: expect.any(Number) })
    // Cards are compared in aggregate only: no row per card, however labelled.
    expect(compared.comparison!.respondents).toBeUndefined()
    bodies.push(compared.body, (await results(school, entry.campaignId)).body)
    for (const url of ['/api/surveys/summary', `/api/surveys/campaigns/${entry.campaignId}/ballots`, `/api/surveys/campaigns/${exit.campaignId}/ballots`])
      bodies.push((await get(school, url)).body)
    for (const code of codes)
      bodies.push((await server.app.inject({ method: 'GET', url: `/api/surveys/ballot/${code}`, remoteAddress: '10.77.0.1' })).body)
    bodies.push(JSON.stringify(await school.curator.pullAll(null)))

    const stored = (await server.storage.db.selectFrom('survey_answers').select('pseudonym').where('school_id', '=', school.schoolId).execute()).map(r => r.pseudonym)
    const legacy = codes.map(legacyPseudonym)
    expect(stored.filter(p => legacy.includes(p))).toEqual([])
    const secrets = (await server.storage.db.selectFrom('survey_secrets').select('secret').execute()).map(r => r.secret)
    expect(secrets.length).toBeGreaterThan(0)
    // Record ids are random hex too; what must not appear is a card's, wherever it might hide.
    const text = bodies.join('\n').replace(UUIDS, '').toLowerCase()
    for (const hex of [...legacy, ...stored])
      expect(text).not.toContain(hex.slice(0, 6).toLowerCase())
    for (const secret of secrets)
      expect(text).not.toContain(secret.slice(0, 12).toLowerCase())
  })

  it('keys the answers stored before the school had a secret, so an old entry still pairs with its card\'s exit', async () => {
    const school = await newSchool()
    const entry = await openCampaign(school, { phase: 'entry' })
    const exit = await openCampaign(school, { phase: 'exit' }, entry)
    const { codes } = await issue(server.app, school, entry.campaignId, { count: 5 })
    await issue(server.app, school, exit.campaignId, { sameCardsAs: entry.campaignId })
    // As the server wrote them before the secret: the plain sha256 of the card, with no place in any order.
    const { db } = server.storage
    await db.insertInto('survey_answers').values(codes.map((code, i) => ({
      school_id: school.schoolId,
      campaign_id: entry.campaignId,
      pseudonym: legacyPseudonym(code),
      template_version: 1,
      answers: JSON.stringify(answers(4)),
      received_at: new Date(Date.now() - (10 - i) * 60_000).toISOString(),
    }))).execute()
    await db.updateTable('ballots').set({ used_at: new Date().toISOString() }).where('campaign_id', '=', entry.campaignId).execute()

    for (const code of codes)
      await send(code, exit.campaignId, answers(8))
    const compared = await results(school, exit.campaignId, entry.campaignId)
    expect(compared.comparison!.items[0]).toMatchObject({ key: 'exp.comfort', paired: 5, change: 4 })
    const rows = await db.selectFrom('survey_answers').select(['campaign_id', 'pseudonym', 'seq']).where('school_id', '=', school.schoolId).orderBy('seq').execute()
    expect(rows.filter(r => codes.map(legacyPseudonym).includes(r.pseudonym))).toEqual([])
    // The old answers took the first places, in the order they came.
    expect(rows.map(r => [r.campaign_id === entry.campaignId ? 'entry' : 'exit', Number(r.seq)])).toEqual([
      ...[1, 2, 3, 4, 5].map(seq => ['entry', seq]),
      ...[6, 7, 8, 9, 10].map(seq => ['exit', seq]),
    ])
  })

  it('gives racing answers of one school places one after another', async () => {
    const school = await newSchool()
    const { campaignId } = await openCampaign(school)
    const { codes } = await issue(server.app, school, campaignId, { count: 20 })
    const replies = await Promise.all(codes.map((code, i) => answer(server.app, { code, templateVersion: 1, answers: answers(1 + (i % 10)) })))
    expect(replies.map(r => r.statusCode)).toEqual(codes.map(() => 201))
    const seqs = (await server.storage.db.selectFrom('survey_answers').select('seq').where('school_id', '=', school.schoolId).execute()).map(r => Number(r.seq))
    expect(seqs.sort((a, b) => a - b)).toEqual(codes.map((_, i) => i + 1))
    expect((await results(school, campaignId)).results).toMatchObject({ hidden: false, count: 20 })
  })
})
