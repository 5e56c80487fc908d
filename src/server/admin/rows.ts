/** `12 rows (schools 1, users 4, …)`: what a backup or restore moved, for its one line of output. */
export function describeRows(rows: Partial<Record<string, number>>): string {
  const entries = Object.entries(rows).filter(([, n]) => n !== undefined && n > 0)
  const total = entries.reduce((sum, [, n]) => sum + (n ?? 0), 0)
  return `${total} rows (${entries.map(([table, n]) => `${table} ${n}`).join(', ') || 'none'})`
}
