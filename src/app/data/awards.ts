import type { Award } from '#shared/model/award'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'
import { holds, searchable } from '#shared/search'

export interface AwardFilter { query: string, kind: Award['kind'] | '', programId: string }

/** Newest first; awards of one day keep the order they were entered in (their ids are time-ordered). */
function newestFirst(a: Award, b: Award): number {
  return b.date.localeCompare(a.date) || b.id.localeCompare(a.id)
}

/** The school's awards, newest first. */
export function useAwards() {
  return useLiveQuery(async () => (await db.awards.where('deleted').equals(0).toArray()).sort(newestFirst))
}

/** One person's awards, for their card. */
export function usePersonAwards(personId: string) {
  return useLiveQuery(async () => (await db.awards.where('personId').equals(personId).toArray()).filter(a => !a.deleted).sort(newestFirst))
}

export function filterAwards(awards: readonly Award[], names: ReadonlyMap<string, string>, filter: AwardFilter): Award[] {
  const needle = searchable(filter.query)
  return awards.filter(a =>
    (!filter.kind || a.kind === filter.kind)
    && (!filter.programId || a.programId === filter.programId)
    && holds(names.get(a.personId) ?? '', needle))
}
