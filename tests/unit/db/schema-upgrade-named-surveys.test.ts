import { describe, expect, it } from 'vitest'
import { openDatabase, SCHEMA_VERSIONS } from '../../../src/app/db/schema.ts'
import { databaseAsOf } from './olderApp.ts'

describe('schema v8 (named survey responses)', () => {
  it('opens a v6 database with its campaigns and outbox kept, and the responses table ready and indexed', async () => {
    const name = `upgrade-v8-${Math.random()}`
    const v6 = databaseAsOf(name, 6)
    await v6.table('surveyCampaigns').put({ id: 'c', templateId: 't', programId: 'p', mode: 'named', deleted: 0 })
    await v6.table('outbox').add({ entity: 'surveyCampaigns', id: 'c', op: 'upsert', fields: { mode: 'named' }, at: '2026-01-01T00:00:00.000Z' })
    v6.close()

    const current = openDatabase(name)
    await current.open()
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version)
    expect(await current.surveyCampaigns.get('c')).toMatchObject({ mode: 'named' })
    expect(await current.outbox.where('[entity+id]').equals(['surveyCampaigns', 'c']).count()).toBe(1)
    await current.surveyResponses.put({ id: 'r', campaignId: 'c', personId: 'me', templateVersion: 1, answers: { 'sat.a': 8 }, updatedAt: '2026-01-01T00:00:00.000Z', deleted: 0 })
    expect(await current.surveyResponses.where('campaignId').equals('c').count()).toBe(1)
    expect(await current.surveyResponses.where('personId').equals('me').count()).toBe(1)
    await current.delete()
  })
})
