import type { ResultsResponse, SurveySummary } from '#shared/api/surveys'
import type { TestServer } from './helpers/server.ts'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENTITY_NAMES } from '#shared/sync/entityNames'
import { answer, answers, issue, openCampaign } from './helpers/surveys.ts'
import { addMember, anotherSchool } from './helpers/school.ts'
import { BACKENDS, bearer, json, startTestServer } from './helpers/server.ts'

const SECRET_WISH = 'тайное пожелание 7f3a'

async function columns(server: TestServer, table: string): Promise<string[]> {
  const tables = await server.storage.db.introspection.getTables()
  const schema = server.storage.kind === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(server.storage.db)).rows[0]!.s : undefined
  return tables.find(t => t.name === table && (schema === undefined || t.schema === schema))!.columns.map(c => c.name).sort()
}

describe.each(BACKENDS)('survey anonymity on %s', (backend) => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer(backend)
  })
  afterAll(() => server?.close())

  it('stores no person next to a ballot or an answer', async () => {
    expect(await columns(server, 'ballots')).toEqual(['campaign_id', 'code_hash', 'created_at', 'school_id', 'used_at'])
    expect(await columns(server, 'survey_answers')).toEqual(['answers', 'campaign_id', 'pseudonym', 'received_at', 'school_id', 'seq', 'template_version'])
    expect(await columns(server, 'survey_secrets')).toEqual(['created_at', 'last_seq', 'school_id', 'secret'])
  })

  it('never returns answers or ballots in a pull of any role, and hides results under 5 answers', async () => {
    const school = await anotherSchool(server, 'anon-curator')
    const mentor = await addMember(server.app, school, 'Ольга Николаевна Белова')
    const mentee = await addMember(server.app, school, 'Дарья Ким', 'mentee')
    const { campaignId } = await openCampaign(school)
    const { codes } = await issue(server.app, school, campaignId, { count: 5 })
    const results = () => server.app.inject({ method: 'GET', url: `/api/surveys/campaigns/${campaignId}/results`, headers: bearer(school.curatorToken) })

    for (const [i, code] of codes.slice(0, 4).entries())
      expect((await answer(server.app, { code, templateVersion: 1, answers: answers(7 + i, { wishes: SECRET_WISH }) })).statusCode).toBe(201)
    expect(json<ResultsResponse>(await results()).results).toEqual({ hidden: true, count: 4 })
    const summary = json<SurveySummary>(await server.app.inject({ method: 'GET', url: '/api/surveys/summary', headers: bearer(school.curatorToken) }))
    // No five is complete, so nothing of the four counts yet: not even how many answered the satisfaction items.
    expect(summary.campaigns[0]).toMatchObject({ answers: 4, satisfaction: { hidden: true, count: 0 } })
    expect(summary.byAudience).toEqual([{ audience: 'mentee', satisfaction: { hidden: true, count: 0 } }])
    expect(JSON.stringify(summary)).not.toContain(SECRET_WISH)

    expect((await answer(server.app, { code: codes[4], templateVersion: 1, answers: answers(3) })).statusCode).toBe(201)
    const shown = json<ResultsResponse>(await results()).results
    expect(shown).toMatchObject({ hidden: false, count: 5, satisfaction: { hidden: false, count: 5, satisfied: 4, level: 0.8 } })

    const pseudonyms = (await server.storage.db.selectFrom('survey_answers').select('pseudonym').execute()).map(r => r.pseudonym)
    const hashes = (await server.storage.db.selectFrom('ballots').select('code_hash').execute()).map(r => r.code_hash)
    for (const client of [school.curator, mentor.client, mentee.client]) {
      const pulled = await client.pullAll(null)
      const text = JSON.stringify(pulled)
      expect(text).not.toContain(SECRET_WISH)
      for (const secret of [...pseudonyms, ...hashes, ...codes])
        expect(text).not.toContain(secret)
      expect(pulled.changes.every(c => (ENTITY_NAMES as readonly string[]).includes(c.entity))).toBe(true)
    }
    // Mentors and mentees reach neither the aggregates nor the ballots.
    for (const token of [mentor.token, mentee.token]) {
      expect((await server.app.inject({ method: 'GET', url: `/api/surveys/campaigns/${campaignId}/results`, headers: bearer(token) })).statusCode).toBe(403)
      expect((await server.app.inject({ method: 'POST', url: `/api/surveys/campaigns/${campaignId}/ballots`, payload: { count: 1 }, headers: bearer(token) })).statusCode).toBe(403)
    }
    // A mentor's device does not even receive anonymous campaigns and their questionnaires (curator scope).
    const mentorPull = await mentor.client.pullAll(null)
    expect(mentorPull.changes.filter(c => c.entity.startsWith('survey'))).toEqual([])
  })
})
