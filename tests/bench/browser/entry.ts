/*
 * Bundled by sync-browser.ts and loaded into Chromium at the real server's origin: the app's own sync engine
 * (pull, push, Dexie schema, HTTP transport), with no Vue app around it, so only the sync path is timed.
 */
import type { NastavnikDb } from '../../../src/app/db/schema.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { openDatabase } from '../../../src/app/db/schema.ts'
import { createSyncEngine, type SyncFailure } from '../../../src/app/sync/engine.ts'
import { pullChanges } from '../../../src/app/sync/pull.ts'
import { pushOutbox } from '../../../src/app/sync/push.ts'
import { getClientId } from '../../../src/app/sync/clientId.ts'
import { httpTransport, type SyncTransport } from '../../../src/app/sync/transport.ts'
import { uuidv7 } from '#shared/ids'
import { inWorker, pullPages, writePages } from './bareIndexedDb.ts'

/** A sync as the app runs it (push, then pull), from a call of `syncNow()` to its end. */
export interface SyncRun {
  ms: number
  records: number
  failure: SyncFailure | null
  /** The longest main-thread task while it ran (Long Tasks API: 0 when none reached 50 ms), and how many did. */
  longestTaskMs: number
  longTasks: number
  /** Requests the sync sent (pushes and pulls). */
  requests: number
}

export interface BenchApi {
  /** A first full pull into a fresh database: ms from the first request to the last page's transaction. */
  apply: (token: string) => Promise<{ ms: number, records: number, longestTaskMs: number }>
  /** `ids.length` meeting edits queued in the outbox of a fresh database, then sent: ms to an empty outbox. */
  drain: (token: string, ids: string[]) => Promise<{ ms: number, sent: number }>
  /** A fresh database (the device's first sync); `cut` (0–1) calls `__benchCut()` once the pull is that far. */
  firstSync: (token: string, cut?: number) => Promise<SyncRun>
  /** The same database synced again, after a failed first sync: it goes on from what it kept. */
  syncAgain: (token: string) => Promise<SyncRun>
  /** After `firstSync`: a day's work (`meetings` new meetings, `planItems` new plan items) written, then pushed. */
  dayOfWork: (token: string, meetings: number, planItems: number) => Promise<{ pushMs: number, syncMs: number, syncRequests: number, sent: number }>
  /** Closes and deletes the database `firstSync` made. */
  forget: () => Promise<void>
  /**
   * The records of the same first pull written by bare IndexedDB (`bareIndexedDb.ts`), `runs` times each way: a put
   * per record on the page's thread, the same in a worker, and 100 records a put.
   */
  bareWrites: (token: string, runs: number) => Promise<{ records: number, putsMs: number[], workerMs: number[], packedMs: number[] }>
}

const longTasks: number[] = []
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    longTasks.push(entry.duration)
}).observe({ type: 'longtask' })

/** Long tasks seen while `run` ran, once the observer has been told of the last ones. */
async function watchingTasks<T>(run: () => Promise<T>): Promise<{ result: T, longestTaskMs: number, longTasks: number }> {
  longTasks.length = 0
  const result = await run()
  await new Promise(resolve => setTimeout(resolve, 100))
  return { result, longestTaskMs: Math.max(0, ...longTasks), longTasks: longTasks.length }
}

async function fresh(): Promise<NastavnikDb> {
  const db = openDatabase(`bench-${uuidv7()}`)
  await db.open()
  return db
}

let device: NastavnikDb | undefined

async function sync(db: NastavnikDb, token: string, cut?: number): Promise<SyncRun> {
  let records = 0
  let failure: SyncFailure | null = null
  let cutDone = cut === undefined
  let requests = 0
  const http = httpTransport(token)
  const counted: SyncTransport = {
    push: (body) => {
      requests++
      return http.push(body)
    },
    pull: (body) => {
      requests++
      return http.pull(body)
    },
  }
  const engine = createSyncEngine(db, () => counted, {
    started: () => {},
    progress: (received, _sent, fraction) => {
      records = received
      if (!cutDone && fraction !== undefined && fraction >= cut!) {
        cutDone = true
        void (globalThis as unknown as { __benchCut: () => Promise<void> }).__benchCut()
      }
    },
    finished: (why) => {
      failure = why
    },
  })
  const started = performance.now()
  const { result: ms, longestTaskMs, longTasks: count } = await watchingTasks(async () => {
    await engine.syncNow()
    return performance.now() - started
  })
  return { ms, records, failure, longestTaskMs, longTasks: count, requests }
}

async function recordsOf(db: NastavnikDb, entity: 'meetings' | 'planItems', n: number): Promise<Array<Record<string, unknown>>> {
  const rows = await db.table(entity).limit(n).toArray() as Array<Record<string, unknown>>
  if (rows.length < n)
    throw new Error(`the device holds ${rows.length} ${entity}, not ${n}`)
  return rows
}

const api: BenchApi = {
  async apply(token) {
    const db = await fresh()
    try {
      let records = 0
      const started = performance.now()
      const { result: ms, longestTaskMs } = await watchingTasks(async () => {
        await pullChanges(db, httpTransport(token), (n) => {
          records += n
        })
        return performance.now() - started
      })
      return { ms, records, longestTaskMs }
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
  async firstSync(token, cut) {
    await api.forget()
    device = await fresh()
    return sync(device, token, cut)
  },
  async syncAgain(token) {
    return sync(device!, token)
  },
  async dayOfWork(token, meetings, planItems) {
    const db = device!
    // New records as the mentor's forms make them: copies of ones the pull brought, under new ids, through mutate().
    const { id: _m, updatedAt: _mu, deleted: _md, ...meeting } = (await recordsOf(db, 'meetings', 1))[0]!
    const { id: _p, updatedAt: _pu, deleted: _pd, ...item } = (await recordsOf(db, 'planItems', 1))[0]!
    const writeDay = async (day: number) => {
      for (let i = 0; i < meetings; i++)
        await mutate(db, 'meetings', uuidv7(), 'create', { ...meeting, topic: `День ${day}: встреча ${i + 1}` })
      for (let i = 0; i < planItems; i++)
        await mutate(db, 'planItems', uuidv7(), 'create', { ...item, title: `День ${day}: пункт ${i + 1}` })
    }
    await writeDay(1)
    let sent = 0
    const started = performance.now()
    await pushOutbox(db, httpTransport(token), await getClientId(db), (n) => {
      sent += n
    })
    const pushMs = performance.now() - started
    if (await db.outbox.count())
      throw new Error('the day\'s work did not leave the outbox')
    // The same again, sent by a whole sync as the app runs it: the push, its answer bringing the pull's page.
    await writeDay(2)
    const run = await sync(db, token)
    if (run.failure)
      throw new Error(`the day's sync failed: ${run.failure}`)
    return { pushMs, syncMs: run.ms, syncRequests: run.requests, sent }
  },
  async forget() {
    device?.close()
    await device?.delete()
    device = undefined
  },
  async bareWrites(token, runs) {
    const pages = await pullPages(token)
    const records = pages.reduce((sum, page) => sum + Object.values(page).reduce((n, list) => n + list.length, 0), 0)
    const putsMs: number[] = []
    const workerMs: number[] = []
    const packedMs: number[] = []
    await writePages(pages, 1) // warm-up, as the app's apply has
    for (let run = 0; run < runs; run++) {
      putsMs.push(await writePages(pages, 1))
      workerMs.push(await inWorker(pages, 1))
      packedMs.push(await writePages(pages, 100))
    }
    return { records, putsMs, workerMs, packedMs }
  },
}

;(globalThis as unknown as { bench: BenchApi }).bench = api
