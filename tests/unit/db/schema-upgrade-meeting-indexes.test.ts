import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/app/db/schema.ts'
import { databaseAsOf } from './olderApp.ts'

describe('schema v9 (meetings without the single pairId and date indexes)', () => {
  it('keeps the meetings and the outbox, and still finds a pair\'s meetings in date order', async () => {
    const name = `upgrade-v9-${Math.random()}`
    const v8 = databaseAsOf(name, 8)
    const meeting = (id: string, pairId: string, date: string) => ({ id, pairId, date, deleted: 0, topic: id, updatedAt: '' })
    await v8.table('meetings').bulkPut([meeting('m2', 'p1', '2026-03-01'), meeting('m1', 'p1', '2026-02-01'), meeting('m3', 'p2', '2026-01-01')])
    await v8.table('outbox').add({ entity: 'meetings', id: 'm2', op: 'upsert', fields: { topic: 'm2' }, at: '' })
    v8.close()

    const current = openDatabase(name)
    await current.open()
    expect(current.verno).toBeGreaterThanOrEqual(9)
    expect(current.meetings.schema.indexes.map(i => i.name)).not.toContain('pairId')
    const ofPair = await current.meetings.where('[pairId+date]').between(['p1', Dexie.minKey], ['p1', Dexie.maxKey]).toArray()
    expect(ofPair.map(m => m.id)).toEqual(['m1', 'm2'])
    expect(await current.outbox.count()).toBe(1)
    await current.delete()
  })
})
