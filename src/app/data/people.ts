import type { Person } from '#shared/model/person'
import { db } from '../db/index.ts'
import { useLiveQuery } from '../db/live.ts'

/** Everyone on the registry, by name. */
export function usePeople() {
  return useLiveQuery(async () => (await db.people.where('deleted').equals(0).toArray()).sort(byName))
}

function byName(a: Person, b: Person): number {
  return a.name.localeCompare(b.name, 'ru')
}

/** id → name, for lists that show who is in a pair. */
export function usePeopleNames() {
  return useLiveQuery(async () => new Map((await db.people.toArray()).map(p => [p.id, p.name])))
}
