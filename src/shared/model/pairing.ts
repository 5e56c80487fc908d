import type { Pair } from './pair.ts'
import type { Person } from './person.ts'
import { searchable } from '../search.ts'

export interface MentorSuggestion {
  mentor: Person
  /** The mentees' requests this mentor's competencies answer. */
  matched: string[]
  /** Active pairs the mentor already has. */
  load: number
  /** What of the mentees' work the mentor shares: a teacher mentored in their own subject, or within their МО (seed 004). */
  shared: Array<'subject' | 'methodUnion'>
}

const SHARED_WORK = ['subject', 'methodUnion'] as const

function answers(competency: string, request: string): boolean {
  const [c, r] = [searchable(competency), searchable(request)]
  return c.length > 0 && r.length > 0 && (c.includes(r) || r.includes(c))
}

/**
 * Mentors for one or more mentees, best first: most of the mentees' requests met by the mentor's
 * competencies, then most of their work shared (subject, методическое объединение), then the lightest load. Only
 * mentors with a consent in force and outside the group.
 */
export function suggestMentors(mentees: readonly Person[], mentors: readonly Person[], pairs: readonly Pair[], consented: ReadonlySet<string>): MentorSuggestion[] {
  const requests = [...new Set(mentees.flatMap(m => m.requests ?? []))]
  const menteeIds = new Set(mentees.map(m => m.id))
  const load = new Map<string, number>()
  for (const pair of pairs.filter(p => p.status === 'active' && !p.deleted))
    load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1)
  return mentors
    .filter(m => m.isMentor && !m.deleted && consented.has(m.id) && !menteeIds.has(m.id))
    .map(mentor => ({
      mentor,
      matched: requests.filter(r => (mentor.competencies ?? []).some(c => answers(c, r))),
      load: load.get(mentor.id) ?? 0,
      shared: SHARED_WORK.filter(field => mentor[field] && mentees.some(m => searchable(m[field]) === searchable(mentor[field]))),
    }))
    .sort((a, b) => b.matched.length - a.matched.length || b.shared.length - a.shared.length || a.load - b.load || a.mentor.name.localeCompare(b.mentor.name, 'ru'))
}

/** Mentees with no active pair: the seeds ask to support them and keep looking for a mentor. */
export function menteesWithoutMentor(people: readonly Person[], pairs: readonly Pair[]): Person[] {
  const paired = new Set(pairs.filter(p => p.status === 'active' && !p.deleted).flatMap(p => p.menteeIds))
  return people.filter(p => p.isMentee && !p.deleted && !paired.has(p.id))
}
