import { HttpError } from '../http/errors.ts'

export interface Backoff {
  /** Wrong passwords allowed in a row before the login has to wait. */
  free: number
  /** The longest wait, in seconds: the wait doubles with each further failure up to this. */
  maxSeconds: number
}

/** Forget logins whose wait is long over, once the map grows this large. */
const SWEEP_AT = 10_000

/**
 * Wrong passwords counted per login, whatever address they come from: guessing one account's password from
 * many addresses gets one try per `maxSeconds` at most. In memory (one process; a restart forgets).
 * While a login waits, even the right password is refused, or the wait would tell a guesser it had won.
 */
export function loginBackoff(limit: Backoff, now: () => number = () => Date.now()) {
  const failures = new Map<string, { count: number, until: number }>()

  function sweep(at: number): void {
    for (const [login, entry] of failures) {
      if (at - entry.until >= limit.maxSeconds * 1000)
        failures.delete(login)
    }
  }

  return {
    /** How many seconds the login still has to wait, or null when it may try. */
    check(login: string): { retryAfter: number } | null {
      const wait = (failures.get(login)?.until ?? 0) - now()
      return wait > 0 ? { retryAfter: Math.ceil(wait / 1000) } : null
    },
    failed(login: string): void {
      const at = now()
      if (failures.size >= SWEEP_AT)
        sweep(at)
      const count = (failures.get(login)?.count ?? 0) + 1
      const seconds = count > limit.free ? Math.min(2 ** (count - limit.free - 1), limit.maxSeconds) : 0
      failures.set(login, { count, until: at + seconds * 1000 })
    },
    succeeded(login: string): void {
      failures.delete(login)
    },
  }
}

export const loginWaits = () => new HttpError(429, 'rate_limited', { problem: 'login_waits' })
