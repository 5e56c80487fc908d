import { type NastavnikDb, openDatabase } from './schema.ts'

const connections = new WeakMap<NastavnikDb, NastavnikDb>()

/**
 * A second connection to the same database whose transactions do not wait for the disk flush: a pull's pages,
 * a third faster to write in Chromium (a curator's first sync is 14,000 records). Only for what the server can
 * give again. A page and its cursor stay one transaction, so a power cut can lose at most whole pages with their
 * cursor, pulled again at the next sync; and anything a person writes goes through `db`, whose flush also
 * flushes every page written before it. Screens see these writes as any other: Dexie tells the live queries of
 * every connection to the database in the page.
 */
export function relaxedConnection(db: NastavnikDb): NastavnikDb {
  let relaxed = connections.get(db)
  if (!relaxed) {
    relaxed = openDatabase(db.name, 'relaxed')
    connections.set(db, relaxed)
  }
  return relaxed
}
