import { describe, expect, it } from 'vitest'
import type { Pair } from '#shared/model/pair'
import { menteesWithoutMentor, suggestMentors } from '#shared/model/pairing'
import { NO_WORK, type Person } from '#shared/model/person'

function person(id: string, fields: Partial<Person>): Person {
  return { id, name: id, category: 'teacher', classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 0, isMentee: 0, notes: '', partnerId: '', ...NO_WORK, erased: 0, updatedAt: '', deleted: 0, ...fields }
}
function pair(mentorId: string, menteeIds: string[], status: Pair['status'] = 'active'): Pair {
  return { id: `${mentorId}-${menteeIds.join()}`, programId: 'p', mentorId, menteeIds, startDate: '2026-09-01', plannedEndDate: '2027-05-31', status, endReason: '', updatedAt: '', deleted: 0 }
}

describe('mentor suggestions', () => {
  const mentee = person('Коля', { isMentee: 1, requests: ['Математика', 'подготовка к олимпиаде'] })
  const math = person('Алгебраист', { isMentor: 1, competencies: ['математика', 'олимпиадная подготовка'] })
  const busyMath = person('Геометр', { isMentor: 1, competencies: ['Математика'] })
  const music = person('Музыкант', { isMentor: 1, competencies: ['вокал'] })
  const noConsent = person('Без согласия', { isMentor: 1, competencies: ['математика', 'подготовка к олимпиаде'] })
  const consented = new Set(['Алгебраист', 'Геометр', 'Музыкант', 'Коля'])

  it('ranks by requests met, then by the lightest load, and leaves out mentors without consent', () => {
    const ranked = suggestMentors([mentee], [music, busyMath, math, noConsent], [pair('Геометр', ['x'])], consented)
    expect(ranked.map(s => s.mentor.id)).toEqual(['Алгебраист', 'Геометр', 'Музыкант'])
    expect(ranked[0]!.matched).toEqual(['Математика'])
    expect(ranked[1]!.load).toBe(1)
  })

  it('prefers the free mentor when two answer the same requests', () => {
    const twin = person('Аналитик', { isMentor: 1, competencies: ['математика'] })
    const ranked = suggestMentors([mentee], [busyMath, twin], [pair('Геометр', ['x']), pair('Геометр', ['y']), pair('Аналитик', ['z'], 'completed')], new Set(['Геометр', 'Аналитик']))
    expect(ranked.map(s => [s.mentor.id, s.load])).toEqual([['Аналитик', 0], ['Геометр', 2]])
  })

  it('puts a teacher of the mentee\'s subject and МО before the others, the requests first (seed 004\'s young teacher of Russian)', () => {
    const young = person('Иванова', { isMentee: 1, category: 'young_specialist', subject: 'Русский язык', methodUnion: 'МО гуманитарного цикла' })
    const english = person('Белова', { isMentor: 1, subject: 'английский язык', methodUnion: 'МО гуманитарного цикла' })
    const russian = person('Соколова', { isMentor: 1, subject: 'русский язык', methodUnion: 'МО гуманитарного цикла' })
    const chemist = person('Аверина', { isMentor: 1, subject: 'химия', methodUnion: 'МО естественных наук' })
    const ranked = suggestMentors([young], [chemist, english, russian], [], new Set(['Белова', 'Соколова', 'Аверина']))
    expect(ranked.map(s => [s.mentor.id, s.shared])).toEqual([['Соколова', ['subject', 'methodUnion']], ['Белова', ['methodUnion']], ['Аверина', []]])
    const asked = person('Ким', { isMentee: 1, requests: ['олимпиада'], subject: 'русский язык' })
    const coach = person('Тренер', { isMentor: 1, competencies: ['олимпиада'] })
    expect(suggestMentors([asked], [russian, coach], [], new Set(['Соколова', 'Тренер'])).map(s => s.mentor.id)).toEqual(['Тренер', 'Соколова'])
  })

  it('lists mentees with no active pair', () => {
    const other = person('Маша', { isMentee: 1 })
    expect(menteesWithoutMentor([mentee, other, math], [pair('Алгебраист', ['Коля']), pair('Геометр', ['Маша'], 'dissolved')]).map(p => p.id)).toEqual(['Маша'])
  })
})
