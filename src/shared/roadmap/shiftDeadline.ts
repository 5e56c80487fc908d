import { isCalendarDate } from '../dates.ts'
import type { Deadline, DeadlinePoint } from './deadline.ts'
import { formatDeadline } from './formatDeadline.ts'

/** The same point n years on; 29 February becomes the 28th in a year without it. */
function shiftPoint(point: DeadlinePoint, years: number): DeadlinePoint {
  const moved = `${Number(point.slice(0, 4)) + years}${point.slice(4)}`
  return moved.length === 7 || isCalendarDate(moved) ? moved : `${moved.slice(0, 8)}28`
}

function shiftPoints(deadline: Deadline, years: number): Deadline {
  switch (deadline.kind) {
    case 'on':
    case 'by':
      return { ...deadline, at: shiftPoint(deadline.at, years) }
    case 'period':
      return { ...deadline, from: shiftPoint(deadline.from, years), to: shiftPoint(deadline.to, years) }
    case 'recurring':
    case 'ongoing':
    case 'as_needed':
      return deadline.from ? { ...deadline, from: shiftPoint(deadline.from, years) } : deadline
    case 'external':
    case 'text':
      return deadline
  }
}

/**
 * The same deadline `years` later, for rolling a roadmap over to the next school year. Where a date moved, the
 * school's words («Сентябрь 2021 г.») no longer say it, so `text` becomes the new deadline's own words.
 */
export function shiftDeadline(deadline: Deadline, years: number): Deadline {
  const shifted = shiftPoints(deadline, years)
  return shifted === deadline ? deadline : { ...shifted, text: formatDeadline(shifted) }
}
