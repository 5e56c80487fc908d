import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { declaredVersions, openDatabase, SCHEMA_VERSIONS } from '../../../src/app/db/schema.ts'
import { databaseAsOf } from './olderApp.ts'

const program = {
  id: '0190a1b2-0000-7000-8000-000000000001',
  name: 'Педагог – молодой специалист',
  form: 'педагог – молодой специалист',
  startDate: '2025-09-01',
  endDate: '2026-05-31',
  goals: 'Адаптация',
  status: 'active',
  updatedAt: '2025-09-01T08:00:00.000Z',
  deleted: 0,
}

describe('schema upgrades', () => {
  it('lists versions in ascending order', () => {
    const versions = SCHEMA_VERSIONS.map(v => v.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
  })

  it('opens a v1 database at the current version with records, outbox and meta kept', async () => {
    const name = `upgrade-${Math.random()}`
    const v1 = new Dexie(name)
    v1.version(1).stores(SCHEMA_VERSIONS[0]!.stores)
    await v1.table('programs').put(program)
    await v1.table('outbox').add({ entity: 'programs', id: program.id, op: 'upsert', fields: { name: program.name }, at: program.updatedAt })
    await v1.table('meta').put({ key: 'clientId', value: 'device-1' })
    v1.close()

    const current = openDatabase(name)
    await current.open()
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version)
    expect(await current.programs.get(program.id)).toEqual(program)
    expect(await current.meta.get('clientId')).toEqual({ key: 'clientId', value: 'device-1' })
    // The index v2 added answers for entries written before it existed.
    const pending = await current.outbox.where('[entity+id]').equals(['programs', program.id]).toArray()
    expect(pending).toHaveLength(1)
    expect(pending[0]!.fields).toEqual({ name: program.name })
    await current.delete()
  })

  it('tells Dexie the versions up to the last that forgets the cursor as one, and each later one as it is', () => {
    const versions: Array<{ version: number, stores: Record<string, string | null> }> = [
      { version: 1, stores: { meta: 'key', old: 'id' } },
      { version: 2, stores: { people: 'id, deleted', old: null } },
      { version: 3, stores: { people: 'id, deleted, category' } },
    ]
    expect(declaredVersions(versions, new Set([1, 2]))).toEqual([
      { version: 2, stores: { meta: 'key', people: 'id, deleted' }, resets: true },
      { version: 3, stores: { people: 'id, deleted, category' }, resets: false },
    ])
  })

  it('brings a new database and one of every older version to the stores and indexes of the whole chain, its cursor forgotten', async () => {
    const shape = (db: Dexie) => Object.fromEntries(db.tables.map(t => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map(i => i.src).sort()]]))
    // The reference: the whole chain declared to Dexie, as the app declared it before the versions were merged.
    const chain = databaseAsOf(`upgrade-chain-${Math.random()}`, SCHEMA_VERSIONS.at(-1)!.version)
    await chain.open()
    const expected = shape(chain)
    await chain.delete()
    for (const { version } of [{ version: 0 }, ...SCHEMA_VERSIONS.slice(0, -1)]) {
      const name = `upgrade-from-${version}-${Math.random()}`
      if (version) {
        const older = databaseAsOf(name, version)
        await older.table('meta').put({ key: 'cursor', value: '7.abc' })
        older.close()
      }
      const current = openDatabase(name)
      await current.open()
      // Read back from IndexedDB itself, not from what was declared.
      const reopened = new Dexie(name)
      await reopened.open()
      expect(shape(reopened), `from v${version}`).toEqual(expected)
      expect(await current.meta.get('cursor'), `from v${version}`).toBeUndefined()
      reopened.close()
      await current.delete()
    }
  })
})
