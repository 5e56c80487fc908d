import { describe, expect, it } from 'vitest'
import { SCHOOL_REQUISITES_ID } from '../../../src/shared/model/schoolRequisites.ts'
import { openDatabase, SCHEMA_VERSIONS } from '../../../src/app/db/schema.ts'
import { databaseAsOf } from './olderApp.ts'

describe('schema v14 (the school\'s requisites and the documents\' drafts)', () => {
  it('opens a v13 database with its outbox kept, the new tables empty, and the pull cursor forgotten', async () => {
    const name = `upgrade-v14-${Math.random()}`
    const v13 = databaseAsOf(name, 13)
    await v13.table('outbox').add({ entity: 'reportNotes', id: 'n1', op: 'upsert', fields: { year: 2026 }, at: '' })
    await v13.table('meta').put({ key: 'cursor', value: '120.abc' })
    v13.close()

    const current = openDatabase(name)
    await current.open()
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version)
    expect(await current.outbox.count()).toBe(1)
    expect(await current.schoolRequisites.get(SCHOOL_REQUISITES_ID)).toBeUndefined()
    expect(await current.documentDrafts.where('deleted').equals(0).count()).toBe(0)
    // The old app skipped the server's requisites and drafts: its next pull starts afresh to bring them.
    expect(await current.meta.get('cursor')).toBeUndefined()
    await current.delete()
  })
})
