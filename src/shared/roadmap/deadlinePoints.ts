import { isCalendarDate } from '../dates.ts'
import type { DeadlinePoint } from './deadline.ts'
import { monthOfWord } from './months.ts'

/** A point as written, before a missing year is filled in: «сентябрь» has no year, «04.09.2024» has all three. */
export interface WrittenPoint { year?: number, month: number, day?: number }

const pad = (n: number) => String(n).padStart(2, '0')
const fullYear = (y: string) => Number(y.length === 2 ? `20${y}` : y)

/** Reads one point from normalised words: «04.09.2024», «09.2024», «15.09», «1 октября 2024», «октябрь 2024», «в мае». */
export function readPoint(written: string): WrittenPoint | undefined {
  // «в октябре 2024» and «в течение октября 2024» say no more than «октябрь 2024».
  const words = written.replace(/^(?:в течение|во?) /, '')
  const numeric = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(words)
  if (numeric)
    return { day: Number(numeric[1]), month: Number(numeric[2]), year: fullYear(numeric[3]!) }
  const monthYear = /^(\d{1,2})\.(\d{4})$/.exec(words)
  if (monthYear)
    return { month: Number(monthYear[1]), year: Number(monthYear[2]) }
  const dayMonth = /^(\d{1,2})\.(\d{1,2})$/.exec(words)
  if (dayMonth)
    return { day: Number(dayMonth[1]), month: Number(dayMonth[2]) }
  const named = /^(?:(\d{1,2}) )?([а-я]+)(?: (\d{4}))?$/.exec(words)
  const month = named ? monthOfWord(named[2]!) : undefined
  if (!named || month === undefined)
    return undefined
  return { month, day: named[1] ? Number(named[1]) : undefined, year: named[3] ? Number(named[3]) : undefined }
}

/** 'YYYY-MM' or 'YYYY-MM-DD' for a point whose year is known; undefined for a day that does not exist (31.09). */
export function pointText(point: WrittenPoint, year: number): DeadlinePoint | undefined {
  if (point.month < 1 || point.month > 12)
    return undefined
  const month = `${year}-${pad(point.month)}`
  if (point.day === undefined)
    return month
  const day = `${month}-${pad(point.day)}`
  return isCalendarDate(day) ? day : undefined
}

/** Month and day as one comparable number, so «ноябрь» > «июнь» and «15 мая» > «1 мая». */
const order = (point: WrittenPoint) => point.month * 100 + (point.day ?? 0)

/** The year of a point that has none: its first occurrence on or after `notBefore` ('YYYY-MM-DD'). */
export function yearOnOrAfter(point: WrittenPoint, notBefore: string): number {
  const [year, month, day] = notBefore.split('-').map(Number) as [number, number, number]
  const startOrder = point.day === undefined ? month * 100 : month * 100 + day
  return order(point) >= startOrder ? year : year + 1
}

/**
 * The years of both ends of a period where the school wrote one or none: «ноябрь – июнь 2025» starts in
 * November 2024, «сентябрь 2024 – май» ends in May 2025, «август – сентябрь» takes its year from the roadmap.
 */
export function periodYears(from: WrittenPoint, to: WrittenPoint, notBefore: string): [number, number] {
  const wraps = order(from) > order(to) ? 1 : 0
  if (from.year !== undefined && to.year !== undefined)
    return [from.year, to.year]
  if (to.year !== undefined)
    return [to.year - wraps, to.year]
  const start = from.year ?? yearOnOrAfter(from, notBefore)
  return [start, start + wraps]
}
