import { fullYears } from '#shared/indicators/age'
import type { Pair } from '#shared/model/pair'
import { menteesWithoutMentor } from '#shared/model/pairing'
import { PERSON_CATEGORIES, type Person, type PersonCategory, type Qualification, QUALIFICATIONS } from '#shared/model/person'
import { holds, searchable } from '#shared/search'
import { type Sort as TableSort, sortByColumn, type SortColumn } from '../../data/sortRows.ts'
import { t } from '../../i18n/index.ts'
import './messages.ts'

export const PEOPLE_VIEWS = ['mentors', 'mentees', 'unpaired', 'noConsent', 'all'] as const
/**
 * The base a view lists, as the methodology's forms have them: «База наставляемых» with their requests, «База
 * наставников» with their competencies; none for the lists of everyone or of those without a consent.
 */
export type PeopleBase = 'mentors' | 'mentees' | undefined
export const baseOf = (view: typeof PEOPLE_VIEWS[number]): PeopleBase =>
  view === 'mentors' ? 'mentors' : view === 'mentees' || view === 'unpaired' ? 'mentees' : undefined
type PeopleView = typeof PEOPLE_VIEWS[number]

/** Bands of педагогический стаж as schools report them: a молодой специалист is under 3 years. */
export const EXPERIENCE_BANDS = ['upTo3', 'from3to10', 'from10to20', 'over20', 'unknown'] as const
type ExperienceBand = typeof EXPERIENCE_BANDS[number]

/** Bands of age the consent rules draw (under 14 a parent signs, 14–17 both), the curator's usual question. */
export const AGE_BANDS = ['under14', 'from14to17', 'adult', 'unknown'] as const
type AgeBand = typeof AGE_BANDS[number]

export interface PeopleFilter {
  view: PeopleView
  query: string
  category: PersonCategory | ''
  classGroup: string
  programId: string
  ovz: boolean
  gifted: boolean
  subject: string
  methodUnion: string
  /** 'unknown' is a choice of its own (not stated); '' is any. */
  qualification: Qualification | 'unknown' | ''
  experience: ExperienceBand | ''
  age: AgeBand | ''
}

interface Context {
  pairs: readonly Pair[]
  consented: ReadonlySet<string>
  /** The device's calendar day, which ages are counted on. */
  today: string
}

/** A card written before the work fields existed has none of them: read as empty. */
const text = (value: string | undefined) => value ?? ''

/** The registry's one filter: the base (view), then each narrowing the curator set, all at once. */
export function filterPeople(people: readonly Person[], filter: PeopleFilter, { pairs, consented, today }: Context): Person[] {
  const unpaired = filter.view === 'unpaired' ? new Set(menteesWithoutMentor(people, pairs).map(p => p.id)) : undefined
  const inProgram = filter.programId
    ? new Set(pairs.filter(p => p.programId === filter.programId && !p.deleted).flatMap(p => [p.mentorId, ...p.menteeIds]))
    : undefined
  const needle = searchable(filter.query)
  return people.filter(person =>
    inView(person, filter.view, unpaired, consented)
    && holds(`${person.name} ${text(person.classGroup)} ${text(person.position)} ${text(person.subject)}`, needle)
    && (!filter.category || person.category === filter.category)
    && (!filter.classGroup || person.classGroup === filter.classGroup)
    && (!inProgram || inProgram.has(person.id))
    && (!filter.ovz || person.ovz === 1)
    && (!filter.gifted || person.gifted === 1)
    && (!filter.subject || searchable(text(person.subject)) === searchable(filter.subject))
    && (!filter.methodUnion || text(person.methodUnion) === filter.methodUnion)
    && (!filter.qualification || (text(person.qualification) || 'unknown') === filter.qualification)
    && (!filter.experience || experienceBand(person.teachingYears) === filter.experience)
    && (!filter.age || ageBand(ageOf(person, today)) === filter.age))
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

function experienceBand(years: number | null | undefined): ExperienceBand {
  if (years === null || years === undefined)
    return 'unknown'
  return years < 3 ? 'upTo3' : years < 10 ? 'from3to10' : years < 20 ? 'from10to20' : 'over20'
}

function ageBand(age: number | undefined): AgeBand {
  if (age === undefined)
    return 'unknown'
  return age < 14 ? 'under14' : age < 18 ? 'from14to17' : 'adult'
}

/** The values a text field takes across the registry, once each («математика» and «Математика» as one), for a filter's choices. */
export function distinctValues(people: readonly Person[], field: 'classGroup' | 'subject' | 'methodUnion'): string[] {
  const seen = new Map<string, string>()
  for (const person of people) {
    const value = text(person[field]).trim()
    const key = value && searchable(value)
    if (key && !seen.has(key))
      seen.set(key, value)
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'ru', { numeric: true }))
}

export type SortKey = 'name' | 'category' | 'place' | 'subject' | 'requests' | 'competencies' | 'experience' | 'qualification' | 'age' | 'roles'
export type Sort = TableSort<SortKey>

/** A person's age in full years today, when the birth date is known. */
export function ageOf(person: Pick<Person, 'birthDate'>, today: string): number | undefined {
  return person.birthDate ? fullYears(person.birthDate, today) : undefined
}

/** Where a person is: a pupil's class, a worker's position. */
export const placeOf = (person: Person) => text(person.classGroup) || text(person.position)

/** The table's columns on `today` (an age is counted to it); unknown numbers and empty texts sort last either way. */
export const personColumns = (today: string): ReadonlyArray<SortColumn<Person, SortKey>> => [
  { key: 'name', label: () => t('people.name'), value: person => person.name },
  { key: 'category', label: () => t('people.category'), value: person => PERSON_CATEGORIES.indexOf(person.category) },
  { key: 'place', label: () => t('people.classOrPosition'), value: person => placeOf(person) || undefined },
  { key: 'subject', label: () => t('people.subjectColumn'), value: person => text(person.subject) || undefined },
  // Each in its base only (`baseOf`), in place of the roles: what a mentor is found by, and what he offers.
  { key: 'requests', label: () => t('mentor.requests'), value: person => person.requests.join(', ') || undefined },
  { key: 'competencies', label: () => t('people.competencies'), value: person => person.competencies.join(', ') || undefined },
  { key: 'experience', label: () => t('people.experience'), value: person => person.teachingYears ?? person.totalYears ?? undefined },
  { key: 'qualification', label: () => t('people.qualificationColumn'), value: person => (person.qualification ? QUALIFICATIONS.indexOf(person.qualification) : undefined) },
  { key: 'age', label: () => t('people.ageColumn'), value: person => ageOf(person, today) },
  { key: 'roles', label: () => t('people.roles'), value: person => person.isMentor * 2 + person.isMentee },
]

/** The table's order: by the chosen column, then by name. */
export const sortPeople = (people: readonly Person[], sort: Sort, today: string): Person[] =>
  sortByColumn(people, personColumns(today), sort, person => person.name)
