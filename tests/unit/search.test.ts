import { describe, expect, it } from 'vitest'
import type { Person } from '#shared/model/person'
import type { Practice } from '#shared/model/practice'
import { filterPeople } from '../../src/app/features/people/filters.ts'
import { filterPractices } from '../../src/app/features/practices/queries.ts'
import { holds, searchable } from '#shared/search'

const person = (id: string, name: string) => ({ id, name, category: 'student', classGroup: '7А', deleted: 0 }) as unknown as Person
const practice = (id: string, title: string) => ({ id, title, programId: 'p', deleted: 0 }) as unknown as Practice

describe('list search', () => {
  it('ignores case, surrounding spaces and «ё»', () => {
    expect(searchable('  Алёна ЁЛКИНА ')).toBe('алена елкина')
    expect(holds('Семёнова Анна', searchable('семенова'))).toBe(true)
    expect(holds('Семёнова Анна', searchable('Петрова'))).toBe(false)
    expect(holds('что угодно', searchable('   '))).toBe(true)
  })

  it('is the same in the people registry and the practices: «Алена» finds «Алёна», «ёлка» finds «Елка»', () => {
    const people = [person('a', 'Белова Алёна Игоревна'), person('b', 'Петров Николай')]
    const filter = { view: 'all' as const, query: 'алена', category: '' as const, classGroup: '', programId: '', ovz: false, gifted: false, subject: '', methodUnion: '', qualification: '' as const, experience: '' as const, age: '' as const }
    expect(filterPeople(people, filter, { pairs: [], consented: new Set(['a', 'b']), today: '2026-12-01' }).map(p => p.id)).toEqual(['a'])
    expect(filterPractices([practice('x', 'Елка желаний'), practice('y', 'Квест')], { query: 'ЁЛКА', programId: '' }).map(p => p.id)).toEqual(['x'])
  })
})
