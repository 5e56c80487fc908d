import { afterEach, describe, expect, it } from 'vitest'
import { mutate } from '../../../src/app/db/mutate.ts'
import { type NastavnikDb, openDatabase } from '../../../src/app/db/schema.ts'
import { applyServerChanges, dropUnpendingRecords } from '../../../src/app/sync/applyChanges.ts'

let db: NastavnikDb
afterEach(() => db.delete())

function fresh(): NastavnikDb {
  db = openDatabase(`apply-${Math.random()}`)
  return db
}

describe('applyServerChanges', () => {
  it('re-applies fields still waiting in the outbox over the server copy', async () => {
    fresh()
    await mutate(db, 'programs', 'p1', 'upsert', { goals: 'моё, ещё не отправлено' })
    await applyServerChanges(db, [{ entity: 'programs', id: 'p1', version: 3, deleted: 0, fields: { name: 'С сервера', goals: 'старое' } }])
    expect(await db.programs.get('p1')).toMatchObject({ name: 'С сервера', goals: 'моё, ещё не отправлено', deleted: 0 })
  })

  it('removes records the server deleted, but keeps a pending local delete as a tombstone', async () => {
    fresh()
    await applyServerChanges(db, [
      { entity: 'meetings', id: 'm1', version: 1, deleted: 0, fields: { topic: 'a' } },
      { entity: 'meetings', id: 'm2', version: 2, deleted: 0, fields: { topic: 'b' } },
    ])
    await mutate(db, 'meetings', 'm2', 'delete')
    await applyServerChanges(db, [
      { entity: 'meetings', id: 'm1', version: 3, deleted: 1, fields: {} },
      { entity: 'meetings', id: 'm2', version: 4, deleted: 0, fields: { topic: 'b2' } },
    ])
    expect(await db.meetings.get('m1')).toBeUndefined()
    expect(await db.meetings.get('m2')).toMatchObject({ topic: 'b2', deleted: 1 })
  })

  it('on a scope reset drops every record without pending changes', async () => {
    fresh()
    await applyServerChanges(db, [
      { entity: 'pairs', id: 'gone', version: 1, deleted: 0, fields: { status: 'active' } },
      { entity: 'meetings', id: 'kept', version: 2, deleted: 0, fields: { topic: 'x' } },
    ])
    await mutate(db, 'meetings', 'kept', 'upsert', { notes: 'не отправлено' })
    await dropUnpendingRecords(db)
    expect(await db.pairs.count()).toBe(0)
    expect(await db.meetings.get('kept')).toMatchObject({ notes: 'не отправлено' })
  })
})
