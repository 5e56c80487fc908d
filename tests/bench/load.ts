import autocannon from 'autocannon'
import type { BenchConfig } from './config.ts'
import type { Fixture } from './fixture.ts'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_VERSION } from '#shared/protocol'
import type { PullResponse } from '#shared/sync/protocol'
import { apiHeaders, signIn } from './fixture.ts'
import { meetingIds, pullAll } from './sync-server.ts'
import { round } from './stats.ts'

export interface LoadRun {
  perSec: number
  p50Ms: number
  p99Ms: number
  requests: number
  non2xx: number
  errors: number
  statusCodes?: autocannon.Result['statusCodeStats']
}

export interface LoadFigures {
  [key: string]: unknown
  pushPerSec: number
  noopPullPerSec: number
  /** The worse p99 latency of the two scenarios. */
  p99Ms: number
  push: LoadRun
  noopPull: LoadRun
}

/** One device of a load, over every request its connection sends: its client id, its seqs, its pull cursor. */
export interface Device<S> {
  /** What the device belongs to (a school's token and meetings). */
  of: S
  clientId: string
  seq: number
  cursor: string | null
}

/** A pull answer's cursor, which the device asks from next, as the app does. */
const cursorOf = (body: string): string => (JSON.parse(body) as PullResponse).cursor

/**
 * `connections` devices, device k of `owners[k % owners.length]`, each sending to `path` for `seconds` the body
 * `body` makes for it (a push's seq counts up from 1) with `token(owner)`. A pull device asks from `cursor(owner)`
 * and then from each answer's cursor. autocannon gives each request a fresh context, so the device is kept per
 * connection (`setupClient`): otherwise every push would come from a new device, and cost a new client's row.
 */
export function deviceLoad<S>(url: string, owners: readonly S[], options: {
  connections: number
  seconds: number
  path: '/api/sync/push' | '/api/sync/pull'
  token: (owner: S) => string
  body: (device: Device<S>) => string
  cursor?: (owner: S) => string | null
}): Promise<autocannon.Result> {
  let devices = 0
  const pulls = options.path === '/api/sync/pull'
  return autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    setupClient: (client) => {
      const of = owners[devices++ % owners.length]!
      const device: Device<S> = { of, clientId: uuidv7(), seq: 0, cursor: options.cursor?.(of) ?? null }
      client.setRequests([{
        method: 'POST',
        path: options.path,
        setupRequest: (request) => {
          device.seq++
          return { ...request, headers: apiHeaders(options.token(of)), body: options.body(device) }
        },
        ...(pulls ? { onResponse: (status: number, body: string) => void (status === 200 && (device.cursor = cursorOf(body))) } : {}),
      }])
    },
  })
}

/** A push of one meeting edit, the `n`-th of the load, from `device`. */
export function meetingEdit(device: Device<unknown>, meetingId: string, n: number): string {
  const mutation = { seq: device.seq, entity: 'meetings', id: meetingId, op: 'upsert', fields: { topic: `Нагрузка ${n}` }, at: new Date().toISOString() }
  return JSON.stringify({ protocol: PROTOCOL_VERSION, clientId: device.clientId, mutations: [mutation] })
}

/** A pull from where the device stands. */
export const pullFrom = (device: Device<unknown>): string => JSON.stringify({ protocol: PROTOCOL_VERSION, cursor: device.cursor })

export function summary(result: autocannon.Result): LoadRun {
  return {
    perSec: round(result['2xx'] / result.duration, 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    ...(result.non2xx ? { statusCodes: result.statusCodeStats } : {}),
  }
}

function check(name: string, run: LoadRun): LoadRun {
  if (run.non2xx || run.errors)
    throw new Error(`${name}: ${run.non2xx} non-2xx answers (${JSON.stringify(run.statusCodes)}) and ${run.errors} errors under load`)
  return run
}

/**
 * The server under `connections` concurrent connections. Push: each connection is a device of its own (its
 * client id, seqs counting up) sending one meeting edit per request. No-op pull: every connection asks from
 * the cursor at the head, then from the one each answer gives, as an idle app's timer does.
 */
export async function measureLoad(fixture: Fixture, config: BenchConfig): Promise<LoadFigures> {
  const token = await signIn(fixture)
  const ids = meetingIds(fixture)
  let edit = 0
  const { connections, seconds } = config.load
  const push = check('push', summary(await deviceLoad(fixture.url, [token], {
    connections,
    seconds,
    path: '/api/sync/push',
    token: own => own,
    body: device => meetingEdit(device, ids[edit % ids.length]!, edit++),
  })))

  const { cursor } = await pullAll(fixture.url, token)
  const noopPull = check('no-op pull', summary(await deviceLoad(fixture.url, [token], { connections, seconds, path: '/api/sync/pull', token: own => own, body: pullFrom, cursor: () => cursor })))

  return { pushPerSec: push.perSec, noopPullPerSec: noopPull.perSec, p99Ms: Math.max(push.p99Ms, noopPull.p99Ms), push, noopPull }
}
