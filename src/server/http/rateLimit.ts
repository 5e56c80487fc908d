import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ProblemCode } from '#shared/problems'
import { HttpError } from './errors.ts'

export interface RateLimit {
  /** Requests one address may make at once. */
  burst: number
  /** Requests per second it earns back. */
  perSecond: number
  /** What the refused are told (a `*_flood` problem). */
  problem: ProblemCode
}

/** Forget addresses idle long enough to have a full bucket again, once the map grows this large. */
const SWEEP_AT = 10_000

/**
 * A token bucket per client address, in memory (one server process; a restart forgets, which is harmless).
 * Behind a reverse proxy every request comes from the proxy's address unless TRUST_PROXY names the proxy.
 */
export function rateLimiter(limit: RateLimit, now: () => number = () => Date.now()) {
  const buckets = new Map<string, { tokens: number, at: number }>()

  function sweep(at: number): void {
    const fullAfter = (limit.burst / limit.perSecond) * 1000
    for (const [ip, bucket] of buckets) {
      if (at - bucket.at >= fullAfter)
        buckets.delete(ip)
    }
  }

  return async function limitRate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const at = now()
    if (buckets.size >= SWEEP_AT)
      sweep(at)
    const bucket = buckets.get(request.ip) ?? { tokens: limit.burst, at }
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((at - bucket.at) / 1000) * limit.perSecond)
    bucket.at = at
    buckets.set(request.ip, bucket)
    if (bucket.tokens < 1) {
      void reply.header('retry-after', String(Math.ceil((1 - bucket.tokens) / limit.perSecond)))
      throw new HttpError(429, 'rate_limited', { problem: limit.problem })
    }
    bucket.tokens -= 1
  }
}
