import Dexie, { type EntityTable } from 'dexie'
import type { Program } from '#shared/model/program'
import type { Mutation } from '#shared/sync/mutation'

/** Device-only key/value facts: client id, session, last sync, storage persistence answer. */
export interface MetaEntry {
  key: string
  value: unknown
}

/** An outbox row is a mutation waiting for the server; `seq` is Dexie's auto-increment key. */
export type OutboxEntry = Omit<Mutation, 'seq'> & { seq?: number }

export type NastavnikDb = Dexie & {
  programs: EntityTable<Program, 'id'>
  outbox: EntityTable<OutboxEntry, 'seq'>
  meta: EntityTable<MetaEntry, 'key'>
}

export const DB_NAME = 'nastavnik'

/**
 * Every version of the schema, oldest first. Append only: an installed app may open a database
 * written by any earlier version, and Dexie replays the chain from there.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number, stores: Record<string, string | null> }> = [
  {
    version: 1,
    stores: {
      programs: 'id, status, deleted',
      outbox: '++seq, entity',
      meta: 'key',
    },
  },
  {
    // v2: the pull must find the fields still pending for one record, to re-apply them over the server's copy.
    version: 2,
    stores: {
      outbox: '++seq, entity, [entity+id]',
    },
  },
]

export function openDatabase(name: string = DB_NAME): NastavnikDb {
  const db = new Dexie(name) as NastavnikDb
  for (const { version, stores } of SCHEMA_VERSIONS)
    db.version(version).stores(stores)
  return db
}
