import type { ApiError } from '#shared/api/errors'
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '#shared/sync/protocol'
import { ApiFailure } from '../../../src/app/api/client.ts'
import { wholePage } from '../../../src/app/sync/pullStream.ts'
import type { SyncTransport } from '../../../src/app/sync/transport.ts'
import type { Random } from './random.ts'
import type { SimServer } from './simServer.ts'

export interface Faults {
  dropRequest: number
  dropResponse: number
  duplicate: number
  delay: number
}
export const RELIABLE: Faults = { dropRequest: 0, dropResponse: 0, duplicate: 0, delay: 0 }

/** Everything the server said, delivered or not: what the invariants are checked against. */
export interface Observer {
  pushed: (clientId: string, response: PushResponse) => void
  pulled: (token: string, response: PullResponse) => Promise<void>
}

/**
 * The network between one client and the server: it may lose a request, lose the answer after the
 * server committed, deliver a request twice, or hold a copy back and deliver it much later.
 */
export class LossyTransport implements SyncTransport {
  faults: Faults = RELIABLE
  private readonly delayed: Array<{ path: string, body: unknown }> = []

  /** `compressed`: bodies and answers travel compressed, as between a browser and the server over HTTPS. */
  constructor(private readonly server: SimServer, private readonly token: string, private readonly random: Random, private readonly observer: Observer, private readonly compressed = false) {}

  push = (request: PushRequest) => this.exchange<PushResponse>('/api/sync/push', request)
  pull = async (request: PullRequest) => wholePage(await this.exchange<PullResponse>('/api/sync/pull', request))

  /** Late copies arrive now; their answers go nowhere. */
  async deliverDelayed(): Promise<void> {
    for (const held of this.delayed.splice(0))
      await this.send(held.path, held.body).catch(() => undefined)
  }

  private async exchange<T>(path: string, body: PushRequest | PullRequest): Promise<T> {
    const { random, faults } = this
    if (random.chance(faults.delay))
      this.delayed.push({ path, body: structuredClone(body) })
    if (random.chance(faults.dropRequest))
      throw new ApiFailure(0, null)
    let answer = await this.send(path, body)
    if (random.chance(faults.duplicate))
      answer = await this.send(path, body)
    if (random.chance(faults.dropResponse))
      throw new ApiFailure(0, null)
    if (answer.status !== 200)
      throw new ApiFailure(answer.status, answer.body as ApiError)
    return answer.body as T
  }

  private async send(path: string, body: unknown): Promise<{ status: number, body: unknown }> {
    const answer = await this.server.post(path, this.token, body, this.compressed)
    if (answer.status === 200 && path.endsWith('/push'))
      this.observer.pushed((body as PushRequest).clientId, answer.body as PushResponse)
    const pulled = path.endsWith('/push') ? (answer.body as PushResponse).pulled : answer.body as PullResponse
    if (answer.status === 200 && pulled)
      await this.observer.pulled(this.token, pulled)
    return answer
  }
}
