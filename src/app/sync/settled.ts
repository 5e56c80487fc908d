/**
 * Marks a promise as looked after while the sync works on something else: a request sent ahead (the next
 * page, the next batch) that is never awaited because the loop stopped must not surface as an unhandled
 * rejection. Whoever awaits it later still gets its error.
 */
export function settled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined)
  return promise
}
