/*
 * Bundled by pouch.ts and loaded into Chromium at express-pouchdb's own origin: PouchDB as a browser app uses it,
 * on its IndexedDB adapter, so the comparison with our sync engine (browser/entry.ts) is client for client.
 */
import PouchDB from 'pouchdb-browser'

export interface PouchBenchApi {
  /** A fresh replica pulls the whole school: ms, and the documents written. */
  pull: () => Promise<{ ms: number, docs: number }>
  /** `ids.length` meeting edits made on the last replica, then pushed: ms of the push alone. */
  push: (ids: string[], run: number) => Promise<{ ms: number }>
  /** `n` new documents written on the last replica (copies of `like`'s), then pushed: ms of the push alone. */
  pushNew: (like: string, n: number) => Promise<{ ms: number }>
}

const remote = () => new PouchDB(`${location.origin}/school`)
let replica: PouchDB.Database | undefined

const api: PouchBenchApi = {
  async pull() {
    await replica?.destroy()
    replica = new PouchDB(`pull-${Date.now()}`)
    const started = performance.now()
    const result = await replica.replicate.from(remote())
    return { ms: performance.now() - started, docs: result.docs_written }
  },
  async push(ids, run) {
    const local = replica!
    const unique = [...new Set(ids)]
    // As in Node (pouch.ts): a document edited twice before a push travels once, so edit each in rounds.
    for (let round = 0; round * unique.length < ids.length; round++) {
      const current = await local.allDocs({ keys: unique, include_docs: true })
      await local.bulkDocs(current.rows.flatMap(row => 'doc' in row && row.doc ? [{ ...row.doc, topic: `Очередь ${run}.${round}` }] : []))
    }
    const started = performance.now()
    await local.replicate.to(remote())
    return { ms: performance.now() - started }
  },
  async pushNew(like, n) {
    const local = replica!
    const row = (await local.allDocs({ keys: [like], include_docs: true })).rows[0]
    if (!row || !('doc' in row) || !row.doc)
      throw new Error(`no document ${like}`)
    const { _rev, ...fields } = row.doc
    await local.bulkDocs(Array.from({ length: n }, (_, i) => ({ ...fields, _id: `${like}-day-${Date.now()}-${i}` })))
    const started = performance.now()
    await local.replicate.to(remote())
    return { ms: performance.now() - started }
  },
}

;(globalThis as unknown as { pouchBench: PouchBenchApi }).pouchBench = api
