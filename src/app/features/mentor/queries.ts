import { localCalendarDate } from '#shared/dates'
import type { Meeting } from '#shared/model/meeting'
import type { Program } from '#shared/model/program'
import { db } from '../../db/index.ts'
import { useLiveQuery } from '../../db/live.ts'
import { meetingsOf, planOf } from '../../data/meetings.ts'
import { programOf } from '../../data/pairs.ts'
import { nextMeeting, type PairState, quietDays } from './reminders.ts'

export interface MyPair extends PairState {
  lastMeeting: Meeting | undefined
  /** Names its meetings' kinds as the school does. */
  program: Program | undefined
}

/**
 * The signed-in mentor's pairs, running ones first, each with its mentees' names, its latest meeting, the next
 * one planned and how long it has gone quiet.
 */
export function useMyPairs(personId: () => string | null | undefined) {
  return useLiveQuery(async (): Promise<MyPair[]> => {
    const me = personId()
    if (!me)
      return []
    const today = localCalendarDate()
    const pairs = await db.pairs.where('mentorId').equals(me).filter(p => !p.deleted).toArray()
    pairs.sort((a, b) => a.status.localeCompare(b.status) || a.startDate.localeCompare(b.startDate))
    return Promise.all(pairs.map(async (pair) => {
      const lastMeeting = await meetingsOf(pair.id).last()
      const lastDay = lastMeeting ? await db.meetings.where('[pairId+date]').equals([pair.id, lastMeeting.date]).filter(m => !m.deleted).toArray() : []
      return {
        pair,
        mentees: (await db.people.bulkGet(pair.menteeIds)).map(p => p?.name ?? '…'),
        lastMeeting,
        program: await programOf(pair),
        next: nextMeeting(lastDay, await planOf(pair.id), today),
        quietDays: quietDays(pair, lastMeeting, today),
      }
    }))
  })
}
