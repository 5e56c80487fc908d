import type { Person } from '#shared/model/person'
import { db } from '../../db/index.ts'
import { useLiveQuery } from '../../db/live.ts'

export type PeopleView = 'mentors' | 'mentees' | 'all'

/** Everyone on the registry, by name; a view narrows to the base of mentors or of mentees. */
export function usePeople() {
  return useLiveQuery(async () => (await db.people.where('deleted').equals(0).toArray()).sort(byName))
}

export function byName(a: Person, b: Person): number {
  return a.name.localeCompare(b.name, 'ru')
}

export function inView(person: Person, view: PeopleView): boolean {
  return view === 'all' || (view === 'mentors' ? person.isMentor === 1 : person.isMentee === 1)
}

export function matchesPerson(person: Person, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase('ru')
  return !needle || `${person.name} ${person.classGroup ?? ''}`.toLocaleLowerCase('ru').includes(needle)
}

/** id → name, for lists that show who is in a pair. */
export function usePeopleNames() {
  return useLiveQuery(async () => new Map((await db.people.toArray()).map(p => [p.id, p.name])))
}
