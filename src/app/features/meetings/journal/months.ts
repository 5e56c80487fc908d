import { localCalendarDate, schoolYearOf } from '#shared/dates'
import { db } from '../../../db/index.ts'
import { locale, perLocale } from '../../../i18n/index.ts'

/** The months the period filter offers, newest first: from this month (or a later meeting's) back to the oldest meeting's. */
export async function journalMonths(today = localCalendarDate()): Promise<string[]> {
  // A deleted meeting must not stretch the list to a month with nothing in it.
  const live = () => db.meetings.orderBy('date').filter(meeting => !meeting.deleted)
  const [oldest, newest] = await Promise.all([live().first(), live().last()])
  const latest = newest && newest.date > today ? newest.date : today
  return monthsBetween(oldest?.date ?? today, latest)
}

/** `YYYY-MM` of every month from `to`'s back to `from`'s, both calendar dates. */
function monthsBetween(from: string, to: string): string[] {
  const index = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1
  const months: string[] = []
  for (let i = index(to); i >= index(from); i--)
    months.push(`${Math.floor(i / 12)}-${String(i % 12 + 1).padStart(2, '0')}`)
  return months
}

/** The months under their school year, newest first: a school's six years of months are found by their year. */
export function bySchoolYear(months: readonly string[]): Array<{ year: number, months: string[] }> {
  const groups: Array<{ year: number, months: string[] }> = []
  for (const month of months) {
    const year = schoolYearOf(`${month}-01`)
    if (groups.at(-1)?.year === year)
      groups.at(-1)!.months.push(month)
    else
      groups.push({ year, months: [month] })
  }
  return groups
}

const monthFormat = perLocale(l => new Intl.DateTimeFormat(l, { month: 'long', year: 'numeric' }))

/** «Март 2026 г.»: a month as an option of a list, capitalised as the list's first word. */
export function formatMonth(month: string): string {
  const text = monthFormat().format(new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1))
  return text.charAt(0).toLocaleUpperCase(locale.value) + text.slice(1)
}
