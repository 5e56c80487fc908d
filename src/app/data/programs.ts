import type { Program } from '#shared/model/program'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'
import { holds, searchable } from '#shared/search'

/** Programs not deleted, the running ones first, then by start date (newest first). */
export function usePrograms() {
  return useLiveQuery(async () => {
    const all = await db.programs.where('deleted').equals(0).toArray()
    return all.sort((a, b) => a.status.localeCompare(b.status) || b.startDate.localeCompare(a.startDate))
  })
}

export function matchesSearch(program: Program, query: string): boolean {
  const needle = searchable(query)
  return holds(program.name, needle) || holds(program.form, needle)
}
