import { describe, expect, it } from 'vitest'
import { openDatabase, RESETTING_VERSIONS, SCHEMA_VERSIONS } from '../../../src/app/db/schema.ts'
import { databaseAsOf } from './olderApp.ts'

describe('schema v10 (meetings indexed by date again, for the curator\'s journal)', () => {
  it('keeps the meetings and the outbox, and reads the school\'s meetings newest first through the new index', async () => {
    const name = `upgrade-v10-${Math.random()}`
    const v9 = databaseAsOf(name, 9)
    const meeting = (id: string, pairId: string, date: string) => ({ id, pairId, date, deleted: 0, topic: id, updatedAt: '' })
    await v9.table('meetings').bulkPut([meeting('m1', 'p1', '2026-02-01'), meeting('m3', 'p2', '2026-03-15'), meeting('m2', 'p1', '2026-01-10')])
    await v9.table('outbox').add({ entity: 'meetings', id: 'm3', op: 'upsert', fields: { topic: 'm3' }, at: '' })
    await v9.table('meta').put({ key: 'cursor', value: '120.abc' })
    v9.close()

    const current = openDatabase(name)
    await current.open()
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version)
    expect(current.meetings.schema.indexes.map(i => i.name).sort()).toEqual(['[pairId+date]', 'date', 'deleted'])
    // The index is built over the meetings written before it existed.
    expect(await current.meetings.orderBy('date').reverse().primaryKeys()).toEqual(['m3', 'm1', 'm2'])
    expect(await current.meetings.where('date').between('2026-02-01', '2026-02-31', true, true).primaryKeys()).toEqual(['m1'])
    expect(await current.outbox.count()).toBe(1)
    // v10 added no table; the cursor goes only if a later version adds one.
    expect((await current.meta.get('cursor'))?.value).toBe([...RESETTING_VERSIONS].some(v => v > 9) ? undefined : '120.abc')
    await current.delete()
  })
})
