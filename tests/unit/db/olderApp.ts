import Dexie from 'dexie'
import { SCHEMA_VERSIONS } from '../../../src/app/db/schema.ts'

/** The database as an app of schema `version` declared it: every version up to it, none after, no upgrades of ours. */
export function databaseAsOf(name: string, version: number): Dexie {
  const db = new Dexie(name)
  for (const declared of SCHEMA_VERSIONS.filter(v => v.version <= version))
    db.version(declared.version).stores(declared.stores)
  return db
}
