import { addDays } from '#shared/dates'
import { suspendedOnPhone } from '#shared/model/consentRules'
import type { Meeting } from '#shared/model/meeting'
import type { Pair } from '#shared/model/pair'
import type { PlanItem } from '#shared/model/planItem'
import { quietPairs } from '#shared/indicators/activity'

/**
 * A meeting ahead: the day the last meeting set for the next one ('' title then), or an open plan item's due day.
 * For an item owed (`owedSince`, its day past) the day is only the one the mentor set, '' when none is.
 */
export interface NextMeeting {
  date: string
  title: string
  owedSince?: string
}

/**
 * The earliest meeting planned from `today` on (from tomorrow once the pair met today: that meeting was today's):
 * a «следующая встреча» set by a meeting of the pair's last day (two held that day: either may have set it), or an
 * open plan item due. The earliest open item past its day, if one is, comes first: that meeting is still owed (seed
 * 001's «Встреча-знакомство», due 29 November and not held, was passed over for the «Пробная встреча» after it). It
 * takes the day the mentor set, never a later item's (seed 000's card read «15 января · Встреча-знакомство», due 8
 * October: a mentor took it for nothing to do until January).
 */
export function nextMeeting(lastDay: ReadonlyArray<Pick<Meeting, 'date' | 'nextDate'>>, plan: ReadonlyArray<Pick<PlanItem, 'dueDate' | 'status' | 'title'>>, today: string): NextMeeting | undefined {
  const from = lastDay[0]?.date === today ? addDays(today, 1) : today
  const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date)
  const open = plan.filter(item => item.dueDate && (item.status === 'planned' || item.status === 'in_progress'))
    .map(item => ({ date: item.dueDate, title: item.title }))
    .sort(byDate)
  const set = lastDay.filter(m => m.nextDate && m.nextDate >= from).map(m => ({ date: m.nextDate, title: '' })).sort(byDate)
  const [owed] = open
  if (owed && owed.date < from)
    return { date: set[0]?.date ?? '', title: owed.title, owedSince: owed.date }
  return [...open, ...set].filter(item => item.date >= from).sort(byDate)[0]
}

/**
 * Days a running pair has gone without meeting, when that is `STALE_PAIR_DAYS` or more (the curator's monitoring
 * counts the same way); undefined otherwise, and for a pair suspended for want of a consent, which may not meet.
 */
export function quietDays(pair: Pair, last: Pick<Meeting, 'pairId' | 'date'> | undefined, today: string): number | undefined {
  if (suspendedOnPhone(pair, today))
    return undefined
  return quietPairs([pair], last ? [last] : [], today)[0]?.days
}

export interface PairState {
  pair: Pair
  mentees: string[]
  next: NextMeeting | undefined
  quietDays: number | undefined
}

export type Reminder
  = | { kind: 'today' | 'tomorrow', pairId: string, mentees: string[], next: NextMeeting }
    | { kind: 'quiet', pairId: string, mentees: string[], days: number }

/** What the mentor should not miss: meetings planned for today and tomorrow first, then the pairs gone quiet. */
export function reminders(pairs: readonly PairState[], today: string): Reminder[] {
  const tomorrow = addDays(today, 1)
  const soon: Reminder[] = []
  const quiet: Reminder[] = []
  for (const { pair, mentees, next, quietDays: days } of pairs) {
    if (pair.status !== 'active')
      continue
    if (next && (next.date === today || next.date === tomorrow))
      soon.push({ kind: next.date === today ? 'today' : 'tomorrow', pairId: pair.id, mentees, next })
    if (days !== undefined)
      quiet.push({ kind: 'quiet', pairId: pair.id, mentees, days })
  }
  return [...soon.sort((a, b) => a.kind.localeCompare(b.kind)), ...quiet]
}
