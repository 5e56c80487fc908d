/*
 * What IndexedDB itself costs for the curator's first pull, with none of the app around it: the same records, put
 * with bare `IDBObjectStore.put` into stores with no index, one relaxed transaction per page. The app's apply is
 * read against these (`indexedDbPutsMs` and its neighbours in tests/bench/README.md).
 */
import type { Change } from '#shared/sync/protocol'
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '#shared/protocol'

type StoredRecord = Record<string, unknown> & { id: string }
/** A pull page as the app would store it: records by entity. */
type Page = Record<string, StoredRecord[]>

/** Every page of the caller's first pull, its records shaped as `applyServerChanges` stores them. */
export async function pullPages(token: string): Promise<Page[]> {
  const pages: Page[] = []
  let cursor: string | null = null
  for (;;) {
    const response = await fetch('/api/sync/pull', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}`, [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
      body: JSON.stringify({ protocol: PROTOCOL_VERSION, cursor }),
    })
    const body = await response.json() as { changes: Change[], cursor: string, more: boolean }
    const page: Page = {}
    const now = new Date().toISOString()
    for (const change of body.changes)
      (page[change.entity] ??= []).push({ ...change.fields, id: change.id, updatedAt: now, deleted: change.deleted })
    pages.push(page)
    if (!body.more)
      return pages
    cursor = body.cursor
  }
}

/**
 * Writes `pages` into a fresh database and deletes it; ms of the writes alone. `perPut` records go in one value
 * (1: a put per record, as the app does). Self-contained, as its source also runs in a worker (`inWorker`).
 */
export async function writePages(pages: Page[], perPut: number): Promise<number> {
  const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'))
  })
  const entities = [...new Set(pages.flatMap(page => Object.keys(page)))]
  const name = `bare-${Math.random()}`
  const opening = indexedDB.open(name, 1)
  opening.onupgradeneeded = () => entities.forEach(entity => opening.result.createObjectStore(entity, { keyPath: 'id' }))
  const db = await request(opening)
  const started = performance.now()
  for (const page of pages) {
    const tx = db.transaction(Object.keys(page), 'readwrite', { durability: 'relaxed' })
    for (const [entity, records] of Object.entries(page)) {
      const store = tx.objectStore(entity)
      for (let i = 0; i < records.length; i += perPut)
        store.put(perPut === 1 ? records[i] : { id: records[i]!.id, records: records.slice(i, i + perPut) })
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'))
    })
  }
  const ms = performance.now() - started
  db.close()
  await request(indexedDB.deleteDatabase(name))
  return ms
}

/** `writePages` in a dedicated worker: the pages are handed over first, only the writes are timed. */
export async function inWorker(pages: Page[], perPut: number): Promise<number> {
  const source = `const writePages = ${writePages.toString()}\nonmessage = async (event) => postMessage(await writePages(event.data, ${perPut}))`
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }))
  const worker = new Worker(url)
  try {
    return await new Promise<number>((resolve, reject) => {
      worker.onmessage = event => resolve(event.data as number)
      worker.onerror = event => reject(new Error(event.message))
      worker.postMessage(pages)
    })
  } finally {
    worker.terminate()
    URL.revokeObjectURL(url)
  }
}
