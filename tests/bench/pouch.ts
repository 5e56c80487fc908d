import type { BenchConfig } from './config.ts'
import type { PouchBenchApi } from './browser/pouch-entry.ts'
import type { Demo } from '../../src/server/demo/generate.ts'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import PouchDB from 'pouchdb-core'
import http from 'pouchdb-adapter-http'
import memory from 'pouchdb-adapter-memory'
import mapreduce from 'pouchdb-mapreduce'
import replication from 'pouchdb-replication'
import { ROOT } from './fixture.ts'
import { LINKS, WireCounter } from './links.ts'
import { repeat, round, type Stat } from './stats.ts'
import { benchPage, launchChromium } from './sync-browser.ts'

PouchDB.plugin(memory).plugin(http).plugin(mapreduce).plugin(replication)
const Local = PouchDB.defaults({ adapter: 'memory' })

export interface PouchFigures {
  [key: string]: unknown
  pouchPullMs: Stat
  pouchPullBytes: number
  pouchPullRequests: number
  pouchPushMs: Stat
  pouchPushRequests: number
  pouchNoopPullBytes: number
  pouchNoopPullRequests: number
  pouchDocs: number
  /** The same pull and push by PouchDB in Chromium on its IndexedDB adapter: client for client with ours. */
  pouchBrowserPullMs: Stat
  pouchBrowserPushMs: Stat
  pouchBrowserPullAdslMs: number
  pouchBrowserPullAdslWireBytes: number
  pouchBrowserDayPushEdgeMs: number
}

interface PouchServer {
  url: string
  stop: () => void
}

function startPouchServer(): Promise<PouchServer> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(import.meta.dirname, 'pouch-server.ts')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    child.once('exit', code => reject(new Error(`express-pouchdb exited with ${code}`)))
    child.stdout.once('data', (chunk: Buffer) => resolve({ url: `http://127.0.0.1:${chunk.toString().trim()}`, stop: () => child.kill('SIGTERM') }))
  })
}

async function counter(server: PouchServer): Promise<{ bytes: number, requests: number }> {
  return await (await fetch(`${server.url}/__bytes`)).json() as { bytes: number, requests: number }
}

/**
 * PouchDB's own replication of the same school, in the same run: one document per record the curator pulls
 * (`<entity>:<id>` and the same fields), between a memory database in this process and express-pouchdb (memory
 * adapter) in another process on loopback.
 * - pull: a fresh local database replicates the whole school from the server (as `curatorPullMs`);
 * - push: `config.outbox` meeting edits made locally on a replica, then replicated to the server (as `drainOutboxMs`);
 * - no-op pull: replicating again from the server with nothing new: response bytes (as `noopPullBytes`).
 */
/** PouchDB as a browser app: in Chromium at the server's origin, pulling into IndexedDB and pushing from it. */
async function measureInChromium(server: PouchServer, meetings: string[], docs: number, config: BenchConfig): Promise<Pick<PouchFigures, 'pouchBrowserPullMs' | 'pouchBrowserPushMs' | 'pouchBrowserPullAdslMs' | 'pouchBrowserPullAdslWireBytes' | 'pouchBrowserDayPushEdgeMs'>> {
  const browser = await launchChromium()
  try {
    const page = await benchPage(await browser.newContext(), server.url, 'pouch-entry.ts', 'pouchBench')
    const pull = async () => {
      const result = await page.evaluate(() => (globalThis as unknown as { pouchBench: PouchBenchApi }).pouchBench.pull())
      if (result.docs !== docs)
        throw new Error(`PouchDB in Chromium pulled ${result.docs} of ${docs} documents`)
      return result.ms
    }
    await pull() // warm-up, as ours
    const pouchBrowserPullMs = await repeat(config.runs.pouch, pull)
    const ids = Array.from({ length: config.outbox }, (_, i) => meetings[i % meetings.length]!)
    const pouchBrowserPushMs = await repeat(config.runs.pouch, async run => (await page.evaluate(([list, n]) => (globalThis as unknown as { pouchBench: PouchBenchApi }).pouchBench.push(list, n), [ids, run] as const)).ms)
    // The links of links.ts, once each (a pull on ADSL takes PouchDB minutes): the first pull, and a day's 10 new documents.
    const wire = await WireCounter.attach(page)
    await wire.emulate(LINKS.adsl)
    const pouchBrowserPullAdslMs = round(await pull())
    const pouchBrowserPullAdslWireBytes = wire.take('/school').bytes
    await wire.emulate(LINKS.edge)
    const day = await page.evaluate(like => (globalThis as unknown as { pouchBench: PouchBenchApi }).pouchBench.pushNew(like, 10), meetings[0]!)
    await wire.emulate(null)
    return { pouchBrowserPullMs, pouchBrowserPushMs, pouchBrowserPullAdslMs, pouchBrowserPullAdslWireBytes, pouchBrowserDayPushEdgeMs: round(day.ms) }
  } finally {
    await browser.close()
  }
}

export async function measurePouch(demo: Demo, config: BenchConfig): Promise<PouchFigures> {
  const server = await startPouchServer()
  try {
    const docs = demo.mutations.map(m => ({ _id: `${m.entity}:${m.id}`, entity: m.entity, ...m.fields }))
    // A URL string would get the memory adapter of `Local`'s defaults: the remote must be an http database.
    const remoteUrl = new PouchDB(`${server.url}/school`, { adapter: 'http' })
    const seed = new Local(`seed-${Date.now()}`)
    await seed.bulkDocs(docs)
    await seed.replicate.to(remoteUrl)
    await seed.destroy()
    await counter(server)

    let pullBytes = 0
    let pullRequests = 0
    let replica: PouchDB.Database | undefined
    const pouchPullMs = await repeat(config.runs.pouch, async (run) => {
      await replica?.destroy()
      replica = new Local(`pull-${run}-${Date.now()}`)
      const started = performance.now()
      const result = await replica.replicate.from(remoteUrl)
      const ms = performance.now() - started
      if (result.docs_written !== docs.length)
        throw new Error(`PouchDB pulled ${result.docs_written} of ${docs.length} documents`)
      ;({ bytes: pullBytes, requests: pullRequests } = await counter(server))
      return ms
    })
    const local = replica!

    await local.replicate.from(remoteUrl)
    const noop = await counter(server)

    const meetings = docs.filter(d => d.entity === 'meetings').map(d => d._id)
    let pushRequests = 0
    const pouchPushMs = await repeat(config.runs.pouch, async (run) => {
      const ids = Array.from({ length: config.outbox }, (_, i) => meetings[i % meetings.length]!)
      const unique = [...new Set(ids)]
      // Edits queued locally: a document edited twice before a push travels once, so edit each a proportional number of times.
      for (let round = 0; round * unique.length < ids.length; round++) {
        const current = await local.allDocs({ keys: unique, include_docs: true })
        const edits = current.rows.flatMap(row => 'doc' in row && row.doc ? [{ ...row.doc, topic: `Очередь ${run}.${round}` }] : [])
        await local.bulkDocs(edits)
      }
      await counter(server)
      const started = performance.now()
      await local.replicate.to(remoteUrl)
      const ms = performance.now() - started
      pushRequests = (await counter(server)).requests
      return ms
    })
    await local.destroy()
    const browser = await measureInChromium(server, meetings, docs.length, config)
    return {
      ...browser,
      pouchPullMs,
      pouchPullBytes: pullBytes,
      pouchPullRequests: pullRequests,
      pouchPushMs,
      pouchPushRequests: pushRequests,
      pouchNoopPullBytes: noop.bytes,
      pouchNoopPullRequests: noop.requests,
      pouchDocs: docs.length,
    }
  } finally {
    server.stop()
  }
}
