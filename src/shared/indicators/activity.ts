import { daysBetween } from '../dates.ts'
import { STALE_PAIR_DAYS } from '../limits.ts'
import type { Meeting } from '../model/meeting.ts'
import type { Pair } from '../model/pair.ts'

/** What the activity figures need of a meeting; a tombstone may be passed with `deleted: 1`. */
export type MeetingDate = Pick<Meeting, 'pairId' | 'date'> & { deleted?: 0 | 1 }

/** Meetings held in each of the twelve months from `from` (a period's first day: 1 January, or 1 September of a school year). */
export function meetingsByMonth(meetings: readonly MeetingDate[], from: string): number[] {
  const months = Array.from({ length: 12 }, () => 0)
  const first = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1
  for (const meeting of meetings) {
    const index = Number(meeting.date.slice(0, 4)) * 12 + Number(meeting.date.slice(5, 7)) - 1 - first
    if (!meeting.deleted && index >= 0 && index < 12)
      months[index]! += 1
  }
  return months
}

export interface QuietPair {
  pairId: string
  /** The last meeting's day, or '' when the pair never met. */
  lastMeeting: string
  /** Days since the last meeting, or since the pair started when it never met. */
  days: number
}

/**
 * Running pairs that have not met for `STALE_PAIR_DAYS` or more (counted from their start when they never
 * met), the longest silent first: the pairs a curator should call.
 */
export function quietPairs(pairs: ReadonlyArray<Pick<Pair, 'id' | 'status' | 'startDate' | 'deleted'>>, meetings: readonly MeetingDate[], today: string): QuietPair[] {
  const last = new Map<string, string>()
  for (const meeting of meetings) {
    if (!meeting.deleted && meeting.date <= today && meeting.date > (last.get(meeting.pairId) ?? ''))
      last.set(meeting.pairId, meeting.date)
  }
  const quiet: QuietPair[] = []
  for (const pair of pairs) {
    if (pair.deleted || pair.status !== 'active' || pair.startDate > today)
      continue
    const lastMeeting = last.get(pair.id) ?? ''
    const days = daysBetween(lastMeeting || pair.startDate, today)
    if (days >= STALE_PAIR_DAYS)
      quiet.push({ pairId: pair.id, lastMeeting, days })
  }
  return quiet.sort((a, b) => b.days - a.days)
}
