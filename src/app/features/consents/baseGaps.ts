import { type ConsentBook, type ConsentGap, coveredUntil, type MemberField, neededKinds } from '#shared/model/consentRules'
import type { Person } from '#shared/model/person'

type BasePerson = Pick<Person, 'id' | 'category' | 'birthDate' | 'isMentor' | 'isMentee' | 'erased'>

/**
 * The people of the bases (mentors, mentees) who lack a consent their base will ask of them when paired — a
 * school mentor's written consent to the duties (ТК РФ ст. 351.8), everyone's personal-data one (152-ФЗ) —
 * leaving out what a running pair already lacks (`listed`, as `personId|kind`). An erased card asks nothing.
 */
export function baseGaps(people: Iterable<BasePerson>, book: ConsentBook, today: string, listed: ReadonlySet<string>): ConsentGap[] {
  const gaps: ConsentGap[] = []
  for (const person of people) {
    if (person.erased)
      continue
    const places: MemberField[] = [...person.isMentor ? ['mentorId' as const] : [], ...person.isMentee ? ['menteeIds' as const] : []]
    const kinds = new Set(places.flatMap(field => neededKinds(person, field, today)))
    for (const kind of kinds) {
      if (!listed.has(`${person.id}|${kind}`) && coveredUntil(book, person, kind, today) === null)
        gaps.push({ personId: person.id, kind, field: places[0]! })
    }
  }
  return gaps
}
