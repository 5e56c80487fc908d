/** A measurement repeated N times: the median is the figure, min and max show the spread. */
export interface Stat {
  median: number
  min: number
  max: number
  runs: number
}

/** A group that failed or ran out of time records why, instead of killing the whole run. */
export interface Failed {
  error: string
}

export function stat(samples: readonly number[]): Stat {
  if (samples.length === 0)
    throw new Error('no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { median: round(median), min: round(sorted[0]!), max: round(sorted.at(-1)!), runs: sorted.length }
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]!
}

export function round(value: number, digits = 2): number {
  const k = 10 ** digits
  return Math.round(value * k) / k
}

export async function repeat(runs: number, measure: (run: number) => Promise<number>): Promise<Stat> {
  const samples: number[] = []
  for (let run = 0; run < runs; run++)
    samples.push(await measure(run))
  return stat(samples)
}

export function isFailed(figure: unknown): figure is Failed {
  return typeof figure === 'object' && figure !== null && 'error' in figure
}

function describeError(error: unknown): string {
  if (error instanceof Error)
    return (error.message.split('\n')[0] ?? error.name).slice(0, 300)
  return String(error).slice(0, 300)
}

/**
 * Runs one measurement group under a time limit. A group that throws or overruns yields `{error}` for each of
 * its figures; the rest of the run goes on. (An overrun group keeps running in the background until the process
 * moves past it; its figures are discarded.)
 */
export async function timeBox<T extends Record<string, unknown>>(name: string, limitMs: number, run: () => Promise<T>, log: (line: string) => void): Promise<T | Failed> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name}: over the time box of ${Math.round(limitMs / 1000)} s`)), limitMs)
  })
  try {
    const result = await Promise.race([run(), limit])
    log(`${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    return result
  } catch (error) {
    log(`${name}: FAILED after ${((performance.now() - started) / 1000).toFixed(1)} s: ${describeError(error)}`)
    return { error: describeError(error) }
  } finally {
    clearTimeout(timer)
  }
}
