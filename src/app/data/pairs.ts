import type { Ref } from 'vue'
import type { Pair } from '#shared/model/pair'
import type { Program } from '#shared/model/program'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'

/** A pair's programme (none for a pair this device holds without one). */
export const programOf = async (pair: Pick<Pair, 'programId'> | undefined): Promise<Program | undefined> =>
  pair?.programId ? db.programs.get(pair.programId) : undefined

/** The programmes of these pairs, by id, each read once by key. */
export async function programsOf(pairs: Iterable<Pick<Pair, 'programId'>>): Promise<Map<string, Program>> {
  const found = await db.programs.bulkGet([...new Set([...pairs].map(pair => pair.programId).filter(Boolean))])
  return new Map(found.filter(p => p !== undefined).map(p => [p.id, p]))
}

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
