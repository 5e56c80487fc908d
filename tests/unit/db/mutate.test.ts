import { afterEach, describe, expect, it } from 'vitest'
import type { RecordFields } from '#shared/model/record'
import type { Program } from '#shared/model/program'
import { mutate } from '../../../src/app/db/mutate.ts'
import { type NastavnikDb, openDatabase } from '../../../src/app/db/schema.ts'

const fields: RecordFields<Program> = {
  name: 'Ученик – ученик 2026',
  form: 'ученик – ученик',
  startDate: '2026-09-01',
  endDate: '2027-05-31',
  goals: '',
  status: 'active',
  roleVariation: '',
  curators: '',
  meetingKinds: [],
}
let db: NastavnikDb

afterEach(async () => {
  await db.delete()
})

function fresh(): NastavnikDb {
  db = openDatabase(`mutate-${Math.random()}`)
  return db
}

describe('mutate', () => {
  it('writes the record and its outbox entry together', async () => {
    fresh()
    const saved = await mutate(db, 'programs', 'p1', 'upsert', fields)
    expect(saved).toMatchObject({ id: 'p1', deleted: 0, name: fields.name })
    expect(await db.programs.get('p1')).toMatchObject(fields)
    const outbox = await db.outbox.toArray()
    expect(outbox).toHaveLength(1)
    expect(outbox[0]).toMatchObject({ entity: 'programs', id: 'p1', op: 'upsert', fields })
  })

  it('creates a record under a new id without reading first, and sends it as an upsert', async () => {
    fresh()
    const saved = await mutate(db, 'programs', 'p2', 'create', fields)
    expect(saved).toEqual({ ...fields, id: 'p2', deleted: 0, updatedAt: saved.updatedAt })
    expect(await db.programs.get('p2')).toEqual(saved)
    expect(await db.outbox.toArray()).toEqual([expect.objectContaining({ entity: 'programs', id: 'p2', op: 'upsert', fields })])
  })

  it('keeps only the changed fields in the outbox and merges them into the record', async () => {
    fresh()
    await mutate(db, 'programs', 'p1', 'upsert', fields)
    await mutate(db, 'programs', 'p1', 'upsert', { goals: 'Адаптация пятиклассников' })
    const [first, second] = await db.outbox.orderBy('seq').toArray()
    expect(second!.seq).toBeGreaterThan(first!.seq!)
    expect(second!.fields).toEqual({ goals: 'Адаптация пятиклассников' })
    expect(await db.programs.get('p1')).toMatchObject({ ...fields, goals: 'Адаптация пятиклассников' })
  })

  it('writes nothing when the outbox entry cannot be written', async () => {
    fresh()
    db.outbox.hook('creating', () => {
      throw new Error('disk full')
    })
    await expect(mutate(db, 'programs', 'p1', 'upsert', fields)).rejects.toThrow('disk full')
    expect(await db.programs.get('p1')).toBeUndefined()
    expect(await db.outbox.count()).toBe(0)
  })

  it('queues nothing when the record cannot be written', async () => {
    fresh()
    db.programs.hook('creating', () => {
      throw new Error('quota exceeded')
    })
    await expect(mutate(db, 'programs', 'p1', 'upsert', fields)).rejects.toThrow('quota exceeded')
    expect(await db.outbox.count()).toBe(0)
  })

  it('deletes by tombstone, so the deletion itself is queued', async () => {
    fresh()
    await mutate(db, 'programs', 'p1', 'upsert', fields)
    await mutate(db, 'programs', 'p1', 'delete')
    expect(await db.programs.get('p1')).toMatchObject({ deleted: 1, name: fields.name })
    expect((await db.outbox.toArray()).map(e => e.op)).toEqual(['upsert', 'delete'])
  })
})
