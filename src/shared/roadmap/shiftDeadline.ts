import { isCalendarDate } from '../dates.ts'
import type { Deadline, DeadlinePoint } from './deadline.ts'
import { formatDeadline } from './formatDeadline.ts'
import { type DeadlineContext, parseDeadline } from './parseDeadline.ts'

/**
 * A text's years moved as its dates are, by a roll-over or a template: «на 2024-2025 учебный год» → «на 2025-2026
 * учебный год», «на 2024/25 учебный год» → «на 2025/26…». A school's title prints as written: it must not keep last year's.
 * A school's number is not a year, however it reads («Школа № 2086»).
 */
export const shiftTitleYears = (title: string, years: number) => title
  .replace(/(?<!№\s*)(?<!\d)((?:19|20)\d\d)\/(\d\d)(?!\d)/g, (_, year: string, short: string) => `${Number(year) + years}/${String((Number(short) + years) % 100).padStart(2, '0')}`)
  .replace(/(?<!№\s*)(?<![\d/])(?:19|20)\d\d(?![\d/])/g, year => String(Number(year) + years))

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

/** What a deadline says, its words aside: two are the same where every point, month and «далее» agree. */
const meaning = (deadline: Deadline) => JSON.stringify(Object.entries(deadline).filter(([key, value]) => key !== 'text' && value !== undefined).sort(([a], [b]) => a.localeCompare(b)))

/**
 * The same deadline `years` later, for rolling a roadmap over to the next school year or making one from a
 * template. The school's words stay, their years moved («Сентябрь-декабрь 2023» → «Сентябрь-декабрь 2024»;
 * «сентябрь», read against the new period, as it is), where they read back as the moved deadline in the new
 * roadmap's `period`; else `text` becomes the new deadline's own words.
 */
export function shiftDeadline(deadline: Deadline, years: number, period: DeadlineContext): Deadline {
  const shifted = shiftPoints(deadline, years)
  if (shifted === deadline)
    return deadline
  const words = shiftTitleYears(deadline.text, years)
  const reread = words.trim() ? parseDeadline(words, period) : undefined
  return reread && !reread.problem && meaning(reread.deadline) === meaning(shifted) ? { ...shifted, text: words } : { ...shifted, text: formatDeadline(shifted) }
}
