import type { Pair } from '#shared/model/pair'
import { menteesWithoutMentor } from '#shared/model/pairing'
import type { Person, PersonCategory } from '#shared/model/person'
import { holds, searchable } from '#shared/search'

export const PEOPLE_VIEWS = ['mentors', 'mentees', 'unpaired', 'noConsent', 'all'] as const
type PeopleView = typeof PEOPLE_VIEWS[number]

export interface PeopleFilter {
  view: PeopleView
  query: string
  category: PersonCategory | ''
  classGroup: string
  programId: string
  ovz: boolean
  gifted: boolean
}

interface Context {
  pairs: readonly Pair[]
  consented: ReadonlySet<string>
}

/** The registry's one filter: the base (view), then each narrowing the curator set, all at once. */
export function filterPeople(people: readonly Person[], filter: PeopleFilter, { pairs, consented }: Context): Person[] {
  const unpaired = filter.view === 'unpaired' ? new Set(menteesWithoutMentor(people, pairs).map(p => p.id)) : undefined
  const inProgram = filter.programId
    ? new Set(pairs.filter(p => p.programId === filter.programId && !p.deleted).flatMap(p => [p.mentorId, ...p.menteeIds]))
    : undefined
  const needle = searchable(filter.query)
  return people.filter(person =>
    inView(person, filter.view, unpaired, consented)
    && holds(`${person.name} ${person.classGroup ?? ''}`, needle)
    && (!filter.category || person.category === filter.category)
    && (!filter.classGroup || person.classGroup === filter.classGroup)
    && (!inProgram || inProgram.has(person.id))
    && (!filter.ovz || person.ovz === 1)
    && (!filter.gifted || person.gifted === 1))
}

function inView(person: Person, view: PeopleView, unpaired: Set<string> | undefined, consented: ReadonlySet<string>): boolean {
  switch (view) {
    case 'mentors': return person.isMentor === 1
    case 'mentees': return person.isMentee === 1
    case 'unpaired': return unpaired?.has(person.id) ?? false
    case 'noConsent': return !consented.has(person.id)
    case 'all': return true
  }
}
