import type { Pair } from '#shared/model/pair'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'

export function usePairs() {
  return useLiveQuery(async () => (await db.pairs.where('deleted').equals(0).toArray()).sort(byStart))
}

function byStart(a: Pair, b: Pair): number {
  return a.status.localeCompare(b.status) || b.startDate.localeCompare(a.startDate)
}

export function namesOf(ids: string[], names: Map<string, string> | undefined): string {
  return ids.map(id => names?.get(id) ?? '…').join(', ')
}
