/*
 * Bundled by sync-browser.ts and loaded into Chromium at the real server's origin: the app's own sync engine
 * (pull, push, Dexie schema, HTTP transport), with no Vue app around it, so only the sync path is timed.
 */
import { openDatabase } from '../../../src/app/db/schema.ts'
import { pullChanges } from '../../../src/app/sync/pull.ts'
import { pushOutbox } from '../../../src/app/sync/push.ts'
import { httpTransport } from '../../../src/app/sync/transport.ts'
import { uuidv7 } from '#shared/ids'

export interface BenchApi {
  /** A first full pull into a fresh database: ms from the first request to the last page's transaction. */
  apply: (token: string) => Promise<{ ms: number, records: number }>
  /** `ids.length` meeting edits queued in the outbox of a fresh database, then sent: ms to an empty outbox. */
  drain: (token: string, ids: string[]) => Promise<{ ms: number, sent: number }>
}

async function fresh(): Promise<ReturnType<typeof openDatabase>> {
  const db = openDatabase(`bench-${uuidv7()}`)
  await db.open()
  return db
}

const api: BenchApi = {
  async apply(token) {
    const db = await fresh()
    try {
      let records = 0
      const started = performance.now()
      await pullChanges(db, httpTransport(token), (n) => {
        records += n
      })
      return { ms: performance.now() - started, records }
    } finally {
      db.close()
      await db.delete()
    }
  },
  async drain(token, ids) {
    const db = await fresh()
    try {
      const at = new Date().toISOString()
      const run = uuidv7()
      await db.outbox.bulkAdd(ids.map((id, i) => ({ entity: 'meetings' as const, id, op: 'upsert' as const, fields: { topic: `Очередь ${run}: ${i}` }, at })))
      let sent = 0
      const started = performance.now()
      await pushOutbox(db, httpTransport(token), uuidv7(), (n) => {
        sent += n
      })
      const ms = performance.now() - started
      if (await db.outbox.count())
        throw new Error('the outbox did not drain')
      return { ms, sent }
    } finally {
      db.close()
      await db.delete()
    }
  },
}

;(globalThis as unknown as { bench: BenchApi }).bench = api
