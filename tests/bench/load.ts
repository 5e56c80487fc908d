import autocannon from 'autocannon'
import type { BenchConfig } from './config.ts'
import type { Fixture } from './fixture.ts'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_VERSION } from '#shared/protocol'
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

interface DeviceContext {
  clientId?: string
  seq?: number
}

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
 * client id, seqs counting up) sending one meeting edit per request. No-op pull: every connection asks with
 * the cursor at the head, as an idle app's timer does.
 */
export async function measureLoad(fixture: Fixture, config: BenchConfig): Promise<LoadFigures> {
  const token = await signIn(fixture)
  const ids = meetingIds(fixture)
  let edit = 0
  const common = { url: fixture.url, connections: config.load.connections, duration: config.load.seconds, headers: apiHeaders(token) }

  const push = check('push', summary(await autocannon({
    ...common,
    requests: [{
      method: 'POST',
      path: '/api/sync/push',
      setupRequest: (request, raw) => {
        const context = raw as DeviceContext
        context.clientId ??= uuidv7()
        context.seq = (context.seq ?? 0) + 1
        const n = edit++
        const mutation = { seq: context.seq, entity: 'meetings', id: ids[n % ids.length], op: 'upsert', fields: { topic: `Нагрузка ${n}` }, at: new Date().toISOString() }
        return { ...request, body: JSON.stringify({ protocol: PROTOCOL_VERSION, clientId: context.clientId, mutations: [mutation] }) }
      },
    }],
  })))

  const { cursor } = await pullAll(fixture.url, token)
  const noopPull = check('no-op pull', summary(await autocannon({
    ...common,
    url: `${fixture.url}/api/sync/pull`,
    method: 'POST',
    body: JSON.stringify({ protocol: PROTOCOL_VERSION, cursor }),
  })))

  return { pushPerSec: push.perSec, noopPullPerSec: noopPull.perSec, p99Ms: Math.max(push.p99Ms, noopPull.p99Ms), push, noopPull }
}
