import type { AuditLine } from './sentence.ts'

/** An entry of the log as this device reads it. */
export interface LogEntry { version: number, at: string, line: AuditLine }

/** A run this long of alike entries reads as one line: a new pair's plan, an import, a bulk end of pairs. */
export const BATCH_FROM = 3
// One push of a batch lands within moments; two edits of the same kind an hour apart are two lines.
const NEAR_MS = 2 * 60_000

const alike = (a: LogEntry, b: LogEntry) =>
  a.line.who === b.line.who && a.line.action === b.line.action && a.line.entity === b.line.entity
  && a.line.fields.join() === b.line.fields.join() && Math.abs(Date.parse(a.at) - Date.parse(b.at)) <= NEAR_MS

/** The entries in runs of alike neighbours, in the log's order; most runs are of one. */
export function runsOf(entries: readonly LogEntry[]): LogEntry[][] {
  const runs: LogEntry[][] = []
  for (const entry of entries) {
    const run = runs.at(-1)
    const last = run?.at(-1)
    if (run && last && alike(last, entry))
      run.push(entry)
    else
      runs.push([entry])
  }
  return runs
}
