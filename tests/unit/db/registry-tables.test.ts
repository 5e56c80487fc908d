import { describe, expect, it } from 'vitest'
import { ENTITY_NAMES } from '#shared/sync/entityNames'
import { openDatabase, SCHEMA_VERSIONS } from '../../../src/app/db/schema.ts'

describe('the device\'s tables and the registry', () => {
  it('has a table, indexed by id and tombstone, for every synced entity of the registry', () => {
    const declared = new Map<string, string>()
    for (const { stores } of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(stores)) {
        if (spec !== null)
          declared.set(table, spec)
      }
    }
    for (const entity of ENTITY_NAMES) {
      const indexes = declared.get(entity)?.split(',').map(index => index.trim()) ?? []
      expect(indexes[0], entity).toBe('id')
      expect(indexes, entity).toContain('deleted')
    }
    const db = openDatabase('registry-tables')
    expect(db.tables.map(t => t.name)).toEqual(expect.arrayContaining([...ENTITY_NAMES]))
  })
})
