import { addDays } from '#shared/dates'

/** Calendar arithmetic on `YYYY-MM-DD` strings, at noon UTC so no zone or clock change moves a day. */
const DAY_MS = 86_400_000
const noon = (date: string) => Date.parse(`${date}T12:00:00Z`)

// The demo's calendar in one import; adding days is the app's own arithmetic (the pairs' plans use it too).
export { addDays }

export function daysFrom(from: string, to: string): number {
  return Math.round((noon(to) - noon(from)) / DAY_MS)
}

export const yearOf = (date: string) => Number(date.slice(0, 4))
const monthOf = (date: string) => Number(date.slice(5, 7))

/** The first year of the school year a date falls in: 2025 for any day from 2025-09-01 to 2026-08-31. */
export function schoolYearOf(date: string): number {
  return monthOf(date) >= 9 ? yearOf(date) : yearOf(date) - 1
}

/** Days a school works: Monday to Friday, outside the summer and the New Year holidays. */
function isSchoolDay(date: string): boolean {
  const weekday = new Date(noon(date)).getUTCDay()
  const month = monthOf(date)
  const day = Number(date.slice(8))
  return weekday !== 0 && weekday !== 6 && month !== 7 && month !== 8 && !(month === 1 && day <= 8) && !(month === 12 && day === 31)
}

/** Every school day from `from` to `to`, both included. */
export function schoolDays(from: string, to: string): string[] {
  const days: string[] = []
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (isSchoolDay(date))
      days.push(date)
  }
  return days
}

/** Full years between a birth date and a day. */
export function ageOn(birthDate: string, date: string): number {
  const years = yearOf(date) - yearOf(birthDate)
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years
}
