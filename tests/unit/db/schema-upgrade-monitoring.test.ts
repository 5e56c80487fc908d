import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/app/db/schema.ts'
import { databaseAsOf } from './olderApp.ts'

describe('schema v7 (indicator years, awards, practices, report notes)', () => {
  it('opens a v6 database with its outbox and ballot drafts kept, the monitoring tables indexed, and the pull cursor forgotten', async () => {
    const name = `upgrade-v7-${Math.random()}`
    const v6 = databaseAsOf(name, 6)
    await v6.table('outbox').add({ entity: 'meetings', id: 'm1', op: 'upsert', fields: { topic: 'Знакомство' }, at: '2026-01-01T00:00:00.000Z' })
    await v6.table('meta').put({ key: 'cursor', value: '120.abc' })
    await v6.table('meta').put({ key: 'clientId', value: 'device-1' })
    await v6.table('ballotDrafts').put({ code: 'ABCD-EFGH-JKLM', status: 'queued', answers: {}, savedAt: '2026-01-01T00:00:00.000Z' })
    v6.close()

    const current = openDatabase(name)
    await current.open()
    expect(current.verno).toBeGreaterThanOrEqual(7)
    expect(await current.outbox.toArray()).toMatchObject([{ entity: 'meetings', id: 'm1', fields: { topic: 'Знакомство' } }])
    expect(await current.ballotDrafts.where('status').equals('queued').count()).toBe(1)
    // The old app skipped the records of the new tables: its next pull starts afresh to bring them.
    expect(await current.meta.get('cursor')).toBeUndefined()
    expect(await current.meta.get('clientId')).toMatchObject({ value: 'device-1' })
    await current.awards.put({ id: 'a1', updatedAt: '', deleted: 0, personId: 'p1', programId: '', kind: 'certificate', date: '2026-05-20', basis: '', notes: '' })
    expect(await current.awards.where('personId').equals('p1').count()).toBe(1)
    expect(await current.indicatorYears.where('year').equals(2026).count()).toBe(0)
    expect(await current.practices.where('programId').equals('x').count()).toBe(0)
    expect(await current.reportNotes.where('programId').equals('x').count()).toBe(0)
    await current.delete()
  })
})

describe('every version that adds a synced table', () => {
  it('makes the first pull after it a reset, and a version that adds none keeps the cursor', async () => {
    // v11 adds the roadmaps, v12 the indicator definitions, v13 the conflicts, v14 the requisites and drafts: every older database resets once; the newest keeps its cursor.
    for (const [from, expected] of [[2, undefined], [3, undefined], [4, undefined], [5, undefined], [8, undefined], [9, undefined], [12, undefined], [13, undefined], [14, '120.abc']] as const) {
      const name = `cursor-${from}-${Math.random()}`
      const old = databaseAsOf(name, from)
      await old.table('meta').put({ key: 'cursor', value: '120.abc' })
      old.close()
      const current = openDatabase(name)
      await current.open()
      expect((await current.meta.get('cursor'))?.value, `from v${from}`).toBe(expected)
      await current.delete()
    }
  })
})
