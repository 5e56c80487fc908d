import type { ResultsResponse } from '#shared/api/surveys'
import type { School } from './helpers/school.ts'
import type { TestServer } from './helpers/server.ts'
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answer, answers, issue, openCampaign } from './helpers/surveys.ts'
import { anotherSchool } from './helpers/school.ts'
import { BACKENDS, bearer, json, startTestServer } from './helpers/server.ts'

/** What a server before the school secret stored for a card, and what a curator holding the card can compute. */
const legacyPseudonym = (code: string) => createHash('sha256').update(`respondent:${code.replaceAll('-', '')}`).digest('hex')

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
