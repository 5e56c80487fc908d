import { describe, expect, it } from 'vitest'
import { openDatabase, SCHEMA_VERSIONS } from '../../../src/app/db/schema.ts'
import { databaseAsOf } from './olderApp.ts'

describe('schema v12 (the school\'s indicator definitions)', () => {
  it('opens a v10 database with its outbox and year settings kept, the new table empty, and the pull cursor forgotten', async () => {
    const name = `upgrade-v12-${Math.random()}`
    const v10 = databaseAsOf(name, 10)
    await v10.table('outbox').add({ entity: 'indicatorYears', id: 'y1', op: 'upsert', fields: { year: 2026 }, at: '' })
    await v10.table('indicatorYears').put({ id: 'y1', year: 2026, deleted: 0, targets: {}, denominators: {}, updatedAt: '' })
    await v10.table('meta').put({ key: 'cursor', value: '120.abc' })
    v10.close()

    const current = openDatabase(name)
    await current.open()
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version)
    expect(await current.outbox.count()).toBe(1)
    expect(await current.indicatorYears.where('year').equals(2026).count()).toBe(1)
    expect(await current.indicatorDefinitions.where('deleted').equals(0).count()).toBe(0)
    // The old app skipped the server's definitions: its next pull starts afresh to bring them.
    expect(await current.meta.get('cursor')).toBeUndefined()
    await current.delete()
  })
})
