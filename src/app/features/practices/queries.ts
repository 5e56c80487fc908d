import type { Practice } from '#shared/model/practice'
import { db } from '../../db/index.ts'
import { useLiveQuery } from '../../db/live.ts'
import { holds, searchable } from '#shared/search'

/** The school's practices, newest first (undated ones last). */
export function usePractices() {
  return useLiveQuery(async () => (await db.practices.where('deleted').equals(0).toArray())
    .sort((a, b) => (b.date || '0').localeCompare(a.date || '0') || a.title.localeCompare(b.title, 'ru')))
}

export function filterPractices(practices: readonly Practice[], filter: { query: string, programId: string }): Practice[] {
  const needle = searchable(filter.query)
  return practices.filter(p => (!filter.programId || p.programId === filter.programId)
    && holds(p.title, needle))
}
