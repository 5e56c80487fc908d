import type { PullResponse, PushRequest, PushResponse } from '#shared/sync/protocol'
import type { BenchConfig } from './config.ts'
import type { Fixture } from './fixture.ts'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { apiHeaders, enrollMentor, signIn } from './fixture.ts'
import { repeat, type Stat } from './stats.ts'

/**
 * What a device accepts: `br`, as a browser over HTTPS (the app's server must be on HTTPS for a phone's service
 * worker), or `identity`, the answer as it was before compression. fetch inflates either way.
 */
type Accept = 'br' | 'identity'

/** One HTTP exchange as a device sees it: wall time from request to parsed body, the body's bytes, and its bytes on the wire. */
interface Exchange<T> {
  ms: number
  bytes: number
  wireBytes: number
  body: T
}

async function exchange<T>(url: string, body: unknown, token: string, accept: Accept = 'br'): Promise<Exchange<T>> {
  const started = performance.now()
  const response = await fetch(url, { method: 'POST', headers: { ...apiHeaders(token), 'accept-encoding': accept }, body: JSON.stringify(body) })
  const buffer = await response.arrayBuffer()
  const parsed = JSON.parse(new TextDecoder().decode(buffer)) as T
  const ms = performance.now() - started
  if (!response.ok)
    throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(parsed).slice(0, 200)}`)
  // The server answers with a Buffer, so Content-Length is there and counts the compressed bytes.
  const wireBytes = Number(response.headers.get('content-length') ?? Number.NaN)
  if (!Number.isSafeInteger(wireBytes))
    throw new Error(`${url}: no Content-Length`)
  return { ms, bytes: buffer.byteLength, wireBytes, body: parsed }
}

export interface FullPull {
  ms: number
  bytes: number
  wireBytes: number
  requests: number
  changes: number
  cursor: string
}

/** Pages until `more` is false, as the app's pull does, without storing anything. */
export async function pullAll(url: string, token: string, from: string | null = null, accept: Accept = 'br'): Promise<FullPull> {
  let cursor = from
  let ms = 0
  let bytes = 0
  let wireBytes = 0
  let requests = 0
  let changes = 0
  for (;;) {
    const page = await exchange<PullResponse>(`${url}/api/sync/pull`, { protocol: PROTOCOL_VERSION, cursor }, token, accept)
    ms += page.ms
    bytes += page.bytes
    wireBytes += page.wireBytes
    requests++
    changes += page.body.changes.length
    cursor = page.body.cursor
    if (!page.body.more)
      return { ms, bytes, wireBytes, requests, changes, cursor }
  }
}

/** A device of its own: a client id and its seq counter, as the app's outbox numbers them. */
class Device {
  readonly clientId = uuidv7()
  private seq = 0
  constructor(readonly url: string, readonly token: string) {}

  async push(mutations: Array<Omit<PushRequest['mutations'][number], 'seq' | 'at'>>): Promise<Exchange<PushResponse>> {
    const at = new Date().toISOString()
    const body: PushRequest = { protocol: PROTOCOL_VERSION, clientId: this.clientId, mutations: mutations.map(m => ({ ...m, seq: ++this.seq, at })) }
    const result = await exchange<PushResponse>(`${this.url}/api/sync/push`, body, this.token)
    const refused = result.body.results.find(r => r.status !== 'applied')
    if (refused)
      throw new Error(`push not applied: ${JSON.stringify(refused)}`)
    return result
  }
}

export function meetingIds(fixture: Fixture): string[] {
  return fixture.demo.mutations.filter(m => m.entity === 'meetings').map(m => m.id)
}

export interface SyncServerFigures {
  [key: string]: unknown
  curatorPullMs: Stat
  curatorPullPlainMs: Stat
  curatorPullBytes: number
  curatorPullWireBytes: number
  curatorPullRequests: number
  curatorPullRecords: number
  mentorPullMs: Stat
  mentorPullBytes: number
  mentorPullWireBytes: number
  mentorPullRecords: number
  pushOneMs: Stat
  pullOneMs: Stat
  noopPullMs: Stat
  noopPullBytes: number
}

export async function measureSyncServer(fixture: Fixture, config: BenchConfig): Promise<SyncServerFigures> {
  const { url } = fixture
  const curator = await signIn(fixture)
  const mentor = await enrollMentor(fixture)

  // Warm-up: the first requests of a fresh process pay for JIT and the database's caches.
  await pullAll(url, curator)
  await pullAll(url, mentor)

  let curatorFull: FullPull | undefined
  const curatorPullMs = await repeat(config.runs.pull, async () => {
    curatorFull = await pullAll(url, curator)
    return curatorFull.ms
  })
  // The same pull uncompressed: on loopback compressing only costs time; the wire bytes are what it buys.
  const curatorPullPlainMs = await repeat(config.runs.pull, async () => (await pullAll(url, curator, null, 'identity')).ms)
  let mentorFull: FullPull | undefined
  const mentorPullMs = await repeat(config.runs.pull, async () => {
    mentorFull = await pullAll(url, mentor)
    return mentorFull.ms
  })

  const ids = meetingIds(fixture)
  const writer = new Device(url, curator)
  const reader = await pullAll(url, curator)
  let cursor = reader.cursor
  const edit = (run: number) => ({ entity: 'meetings', id: ids[run % ids.length]!, op: 'upsert' as const, fields: { topic: `Бенчмарк: правка ${run}` } })

  const pushOneMs = await repeat(config.runs.one, async run => (await writer.push([edit(run)])).ms)
  cursor = (await pullAll(url, curator, cursor)).cursor

  const pullOneMs = await repeat(config.runs.one, async (run) => {
    await writer.push([edit(run + config.runs.one)])
    const one = await exchange<PullResponse>(`${url}/api/sync/pull`, { protocol: PROTOCOL_VERSION, cursor }, curator)
    if (one.body.changes.length !== 1 || one.body.more)
      throw new Error(`a pull of one change returned ${one.body.changes.length} changes`)
    cursor = one.body.cursor
    return one.ms
  })

  let noopBytes = 0
  const noopPullMs = await repeat(config.runs.one, async () => {
    const noop = await exchange<PullResponse>(`${url}/api/sync/pull`, { protocol: PROTOCOL_VERSION, cursor }, curator)
    if (noop.body.changes.length)
      throw new Error('a no-op pull returned changes')
    noopBytes = noop.bytes
    return noop.ms
  })

  return {
    curatorPullMs,
    curatorPullPlainMs,
    curatorPullBytes: curatorFull!.bytes,
    curatorPullWireBytes: curatorFull!.wireBytes,
    curatorPullRequests: curatorFull!.requests,
    curatorPullRecords: curatorFull!.changes,
    mentorPullMs,
    mentorPullBytes: mentorFull!.bytes,
    mentorPullWireBytes: mentorFull!.wireBytes,
    mentorPullRecords: mentorFull!.changes,
    pushOneMs,
    pullOneMs,
    noopPullMs,
    noopPullBytes: noopBytes,
  }
}
