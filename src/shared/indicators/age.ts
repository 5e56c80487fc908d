import type { AgeBand } from '../model/indicatorDefinition.ts'
import type { Person } from '../model/person.ts'
import { UNDER_18 } from './definitions.ts'

/** Full years from a birth date (`YYYY-MM-DD`) to a calendar date: the birthday itself counts as the year done. */
export function fullYears(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years
}

/**
 * In the band in the indicator's year: aged `from`…`to` full years on its 1 January (the seeds count children
 * «в возрасте от 10 до 19 лет» by the year, as statistics do; a 19-year-old on 1 January counts for 10–19).
 * Without a birth date only a school pupil counts, and only for a band that takes in every pupil's age
 * (from 0, up to at least 17): pupils are minors, but a pupil's age in a narrower band is unknown.
 */
export function inAgeBand(person: Pick<Person, 'category' | 'birthDate'>, band: AgeBand | null, year: number): boolean {
  if (band === null)
    return true
  if (person.birthDate === '')
    return person.category === 'student' && band.from === 0 && band.to >= UNDER_18.to
  const age = fullYears(person.birthDate, `${year}-01-01`)
  return age >= band.from && age <= band.to
}
