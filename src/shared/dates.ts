/**
 * Calendar dates people mean (a meeting's day, a deadline) are `YYYY-MM-DD` strings in the user's
 * own time zone; they are never converted through UTC, so a meeting logged on the 5th stays on the 5th.
 */
export type CalendarDate = string

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value)
  if (!match)
    return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const probe = new Date(Date.UTC(y, m - 1, d))
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d
}

/** Today as the wall calendar of the device shows it, not as UTC. */
export function localCalendarDate(now: Date = new Date()): CalendarDate {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Whole days from `from` to `to` (calendar dates), counted at noon UTC so no clock change shifts them. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const noon = (date: CalendarDate) => Date.parse(`${date}T12:00:00Z`)
  return Math.round((noon(to) - noon(from)) / 86_400_000)
}

/** The calendar date `days` after `date` (before it, if negative), counted at noon UTC for the same reason. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/**
 * The year an учебный год starting around `date` begins: from June on the one about to start, before it the one
 * under way (a roadmap or a programme made in May is for the year ending; one made in summer, for September).
 */
export function schoolYearOf(date: CalendarDate): number {
  const [year = 2000, month = 1] = date.split('-').map(Number)
  return month >= 6 ? year : year - 1
}
