import { localCalendarDate } from '#shared/dates'
import { byProgramState, type Program } from '#shared/model/program'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'
import { holds, searchable } from '#shared/search'

/** Programs not deleted, in the order of their states (running ones first), then by start date (newest first). */
export function usePrograms() {
  return useLiveQuery(async () => (await db.programs.where('deleted').equals(0).toArray()).sort(byProgramState(localCalendarDate())))
}

/**
 * The forms («педагог – педагог») that say who a new person is: the programme's given, else every programme's of
 * the school (`defaultCategory`).
 */
export async function programFormsFor(programId?: string): Promise<string[]> {
  const from = programId ? await db.programs.get(programId) : undefined
  return from ? [from.form] : (await db.programs.where('deleted').equals(0).toArray()).map(program => program.form)
}

export function matchesSearch(program: Program, query: string): boolean {
  const needle = searchable(query)
  return holds(program.name, needle) || holds(program.form, needle)
}
