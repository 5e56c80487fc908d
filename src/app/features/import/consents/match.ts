import type { Person } from '#shared/model/person'
import { nameKey } from '../columns.ts'

export type Candidate = Pick<Person, 'id' | 'name' | 'birthDate' | 'category'>
export type PeopleByName = ReadonlyMap<string, readonly Candidate[]>

/** The registry by name as a sheet writes it (case, ё and spacing aside), built once per check. */
export function peopleByName(people: Iterable<Candidate>): PeopleByName {
  const index = new Map<string, Candidate[]>()
  for (const person of people) {
    const key = nameKey(person.name)
    if (key)
      index.set(key, [...index.get(key) ?? [], person])
  }
  return index
}

/** `undatedCard`: matched by name alone, the card having no birth date to compare the row's with. */
export type Match = { person: Candidate, undatedCard?: true } | { problem: 'person_not_found' | 'person_not_found_born' | 'person_ambiguous' | 'person_twins', count: number }

/**
 * Exactly one person of that name, and of that birth date when the row gives one. Namesakes without a birth date
 * are not guessed between: the row asks for it. A row's birth date that no card of the name has goes to the one
 * namesake whose card has no birth date at all (those with another date are someone else), with a remark.
 */
export function matchPerson(index: PeopleByName, name: string, birthDate: string): Match {
  const named = index.get(nameKey(name)) ?? []
  const found = birthDate ? named.filter(p => p.birthDate === birthDate) : named
  if (found.length === 1)
    return { person: found[0]! }
  const undated = named.filter(p => !p.birthDate)
  if (birthDate && !found.length && undated.length === 1)
    return { person: undated[0]!, undatedCard: true }
  if (found.length > 1)
    return { problem: birthDate ? 'person_twins' : 'person_ambiguous', count: found.length }
  return { problem: birthDate && named.length ? 'person_not_found_born' : 'person_not_found', count: named.length }
}
