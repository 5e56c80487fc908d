import type { Meeting } from '#shared/model/meeting'
import type { Pair } from '#shared/model/pair'
import { db } from '../../db/index.ts'
import { useLiveQuery } from '../../db/live.ts'
import { meetingsOf } from '../../data/meetings.ts'

export interface MyPair {
  pair: Pair
  mentees: string[]
  lastMeeting: Meeting | undefined
}

/** The signed-in mentor's pairs, running ones first, each with its mentees' names and its latest meeting. */
export function useMyPairs(personId: () => string | null | undefined) {
  return useLiveQuery(async (): Promise<MyPair[]> => {
    const me = personId()
    if (!me)
      return []
    const pairs = await db.pairs.where('mentorId').equals(me).filter(p => !p.deleted).toArray()
    pairs.sort((a, b) => a.status.localeCompare(b.status) || a.startDate.localeCompare(b.startDate))
    return Promise.all(pairs.map(async pair => ({
      pair,
      mentees: (await db.people.bulkGet(pair.menteeIds)).map(p => p?.name ?? '…'),
      lastMeeting: await meetingsOf(pair.id).last(),
    })))
  })
}
