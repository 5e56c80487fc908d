import type { Ref } from 'vue'
import type { Pair } from '#shared/model/pair'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'

export function usePairs() {
  return useLiveQuery(async () => (await db.pairs.where('deleted').equals(0).toArray()).sort(byStart))
}

/**
 * Each programme's number of pairs, read only while `wanted`: the desktop's table of programmes shows it, the
 * phone's cards do not, and a phone need not read every pair of the school to list the programmes.
 */
export function usePairCounts(wanted: Ref<boolean>): Ref<Map<string, number> | undefined> {
  return useLiveQuery(async () => {
    if (!wanted.value)
      return undefined
    const counts = new Map<string, number>()
    await db.pairs.where('deleted').equals(0).each((pair) => {
      counts.set(pair.programId, (counts.get(pair.programId) ?? 0) + 1)
    })
    return counts
  }, wanted)
}

function byStart(a: Pair, b: Pair): number {
  return a.status.localeCompare(b.status) || b.startDate.localeCompare(a.startDate)
}

export function namesOf(ids: string[], names: Map<string, string> | undefined): string {
  return ids.map(id => names?.get(id) ?? '…').join(', ')
}
