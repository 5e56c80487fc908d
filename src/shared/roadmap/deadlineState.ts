import { type Deadline, endOf } from './deadline.ts'
import { type Occurrence, occurrenceOf } from './occurrences.ts'
import type { DeadlineContext } from './parseDeadline.ts'

/** The last day a dated deadline is due (a month by its end, «до» by its date); null for the kinds that are not dated. */
export function dueBy(deadline: Deadline): string | null {
  switch (deadline.kind) {
    case 'on':
    case 'by':
      return endOf(deadline.at)
    case 'period':
      return endOf(deadline.to)
    default:
      return null
  }
}

/** Marked by the day it was done, not by an occurrence: ongoing, as needed, «ежегодно» with no month (seed 001). */
export const markedByDay = (deadline: Deadline) =>
  deadline.kind === 'ongoing' || deadline.kind === 'as_needed' || (deadline.kind === 'recurring' && deadline.every === 'year' && !deadline.months.length)

/** What the event's record says about its doing: the whole event, and each time a recurring or standing one was done. */
export interface DeadlineDone {
  status: 'planned' | 'in_progress' | 'done'
  doneOn?: string
  occurrences: Array<{ key: string, on: string, result: string }>
}

export interface DeadlineState {
  overdue: boolean
  /** Shown as «last done …» rather than as due: ongoing, as needed, and a dated part done that continues («далее постоянно»). */
  standing: boolean
  lastDone?: string
  /** The occurrence of a recurring deadline it answers for today (see occurrenceOf). */
  current?: Occurrence
}

function lastDoneOf(done: DeadlineDone): string | undefined {
  const dates = done.occurrences.map(o => o.on)
  if (done.status === 'done' && done.doneOn)
    dates.push(done.doneOn)
  return dates.sort().at(-1)
}

/**
 * Overdue follows the kind (#21): a dated deadline only after its last day while not done; a recurrence only for
 * its current occurrence; ongoing and as needed never, they show when last done; external and text never by themselves.
 * «Ежегодно» with no month (seed 001) names no day in the year it is due by: once in each year, like «в течение
 * года», so it is standing (never overdue, shown by when it was last done), not due by a calendar year's 31 December.
 * A dated part followed by «далее постоянно» is due like a dated one in its window and standing from its end, done or
 * not: the school goes on doing it, and a missed first window would otherwise read «просрочено» for the roadmap's
 * whole life (seed 000 writes six of its seven stages so), in the справка too.
 * An event the curator marked done as a whole is never overdue, whatever its kind.
 */
export function deadlineState(deadline: Deadline, done: DeadlineDone, today: string, context: DeadlineContext): DeadlineState {
  const lastDone = lastDoneOf(done)
  const base = { overdue: false, standing: false, ...(lastDone && { lastDone }) }
  const finished = done.status === 'done'
  switch (deadline.kind) {
    case 'on':
    case 'by':
    case 'period': {
      const past = today > dueBy(deadline)!
      return deadline.then === undefined ? { ...base, overdue: !finished && past } : { ...base, standing: finished || past }
    }
    case 'recurring': {
      if (markedByDay(deadline))
        return { ...base, standing: true }
      const current = occurrenceOf(deadline, today, done.occurrences.map(o => o.key), context)
      return { ...base, overdue: !finished && current !== undefined && today > current.dueBy, ...(current && { current }) }
    }
    case 'ongoing':
    case 'as_needed':
      return { ...base, standing: true }
    case 'external':
    case 'text':
      return base
  }
}
