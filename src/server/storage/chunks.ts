// Well under SQLite's and PostgreSQL's limits on bound parameters, with 9 columns a row (a record's).
const CHUNK = 200

/** Rows in groups small enough for one statement's bound parameters. */
export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size)
    out.push(items.slice(i, i + size))
  return out
}
