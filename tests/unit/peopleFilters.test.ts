import { describe, expect, it } from 'vitest'
import { NO_WORK, type Person } from '#shared/model/person'
import { distinctValues, filterPeople, type PeopleFilter, sortPeople } from '../../src/app/features/people/filters.ts'

const person = (id: string, more: Partial<Person>): Person => ({
  id, name: id, category: 'teacher', classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 1, isMentee: 0,
  notes: '', partnerId: '', erased: 0, updatedAt: '', deleted: 0, ...NO_WORK, ...more,
})
const people = [
  person('Алгебраистова', { subject: 'математика', teachingYears: 25, totalYears: 30, qualification: 'highest', methodUnion: 'МО точных наук', birthDate: '1975-03-01' }),
  person('Бобров', { subject: 'Математика', teachingYears: 2, totalYears: 2, category: 'young_specialist', isMentor: 0, isMentee: 1, birthDate: '2001-06-10' }),
  person('Вокалова', { subject: 'музыка', teachingYears: 12, totalYears: 12, qualification: 'first' }),
  // A card from before the work fields: none of them stored at all.
  { id: 'Гусев', name: 'Гусев', category: 'student', classGroup: '7А', birthDate: '2013-01-01', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 0, isMentee: 1, notes: '', partnerId: '', erased: 0, updatedAt: '', deleted: 0 } as unknown as Person,
]
const any: PeopleFilter = { view: 'all', query: '', category: '', classGroup: '', programId: '', ovz: false, gifted: false, subject: '', methodUnion: '', qualification: '', experience: '', age: '' }
const ids = (filter: Partial<PeopleFilter>) => filterPeople(people, { ...any, ...filter }, { pairs: [], consented: new Set(), today: '2026-12-01' }).map(p => p.id)

describe('the people filters on the work fields', () => {
  it('filter both bases by subject (case aside), стаж band, qualification and МО', () => {
    expect(ids({ view: 'mentors', subject: 'математика' })).toEqual(['Алгебраистова'])
    expect(ids({ view: 'mentees', subject: 'математика' })).toEqual(['Бобров'])
    expect(ids({ experience: 'upTo3' })).toEqual(['Бобров'])
    expect(ids({ experience: 'unknown' })).toEqual(['Гусев'])
    expect(ids({ qualification: 'unknown' })).toEqual(['Бобров', 'Гусев'])
    expect(ids({ methodUnion: 'МО точных наук' })).toEqual(['Алгебраистова'])
    expect(ids({ query: 'музык' })).toEqual(['Вокалова'])
    expect(distinctValues(people, 'subject')).toEqual(['математика', 'музыка'])
  })

  it('filter by age band on the device\'s day, a card without a birth date apart', () => {
    expect(ids({ age: 'under14' })).toEqual(['Гусев'])
    expect(ids({ age: 'from14to17' })).toEqual([])
    expect(ids({ age: 'adult' })).toEqual(['Алгебраистова', 'Бобров'])
    expect(ids({ age: 'unknown' })).toEqual(['Вокалова'])
    // Гусев turns 14 on 01.01.2027.
    expect(filterPeople(people, { ...any, age: 'from14to17' }, { pairs: [], consented: new Set(), today: '2027-01-01' }).map(p => p.id)).toEqual(['Гусев'])
  })

  it('sort the table by стаж and by age, unknowns last either way', () => {
    const today = '2026-12-01'
    expect(sortPeople(people, { key: 'experience', descending: false }, today).map(p => p.id)).toEqual(['Бобров', 'Вокалова', 'Алгебраистова', 'Гусев'])
    expect(sortPeople(people, { key: 'experience', descending: true }, today).map(p => p.id)).toEqual(['Алгебраистова', 'Вокалова', 'Бобров', 'Гусев'])
    expect(sortPeople(people, { key: 'age', descending: false }, today).map(p => p.id)).toEqual(['Гусев', 'Бобров', 'Алгебраистова', 'Вокалова'])
    expect(sortPeople(people, { key: 'place', descending: false }, today).map(p => p.id)[0]).toBe('Гусев')
  })
})
