import { describe, expect, it } from 'vitest'
import { openDatabase, SCHEMA_VERSIONS } from '../../../src/app/db/schema.ts'
import { databaseAsOf } from './olderApp.ts'

describe('schema v6 (questionnaires, ballot drafts)', () => {
  it('opens a v5 database with its drafts kept, and the new tables ready and indexed', async () => {
    const name = `upgrade-v6-${Math.random()}`
    const v5 = databaseAsOf(name, 5)
    await v5.table('drafts').put({ key: 'meeting:new', value: { topic: 'Урок' }, savedAt: '2026-01-01T00:00:00.000Z' })
    v5.close()

    const current = openDatabase(name)
    await current.open()
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version)
    expect(await current.drafts.get('meeting:new')).toMatchObject({ value: { topic: 'Урок' } })
    await current.ballotDrafts.put({
      code: 'ABCD-EFGH-JKLM',
      ballot: { campaignId: 'c', state: 'open', title: 'Анкета', phase: 'exit', templateVersion: 1, items: [], closesOn: '2026-05-31' },
      answers: { 'sat.a': 8 },
      status: 'queued',
      savedAt: '2026-01-01T00:00:00.000Z',
    })
    expect(await current.ballotDrafts.where('status').equals('queued').count()).toBe(1)
    expect(await current.surveyCampaigns.where('templateId').equals('t').count()).toBe(0)
    await current.delete()
  })
})
