import { addDays, type CalendarDate } from '../dates.ts'

/**
 * The summer holidays, 1 June – 31 August, and the New Year's, 1–8 January (days off by the labour code): no plan
 * step is due then (seed 002's plan had a meeting on 8 January).
 */
function isHoliday(date: CalendarDate): boolean {
  const month = Number(date.slice(5, 7))
  return (month >= 6 && month <= 8) || (month === 1 && Number(date.slice(8, 10)) <= 8)
}

/** Every day of the pair's span outside the holidays, start and planned end included. */
function schoolDays(startDate: CalendarDate, endDate: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = []
  for (let day = startDate; day <= endDate; day = addDays(day, 1)) {
    if (!isHoliday(day))
      days.push(day)
  }
  return days
}

/**
 * The due dates of a pair's plan laid out over the school year as the seeds do it: the знакомство in the
 * first week, the пробная and the планирование in the weeks after, `workSteps` working meetings spread over
 * the months between, the рефлексия a week before the end and the итоговая, which closes the pair, on the last day
 * (seeds 000 and 002: «обратная связь в форме рефлексии», then «подведение итогов», «заключительная встреча»).
 * Counted in school days, so a plan never falls in the summer, keeps its order across one (a start in the
 * summer waits for 1 September, the end is brought back to 31 May) and never passes the pair's planned end.
 * A short span shrinks the fixed weeks to shares of itself; a span inside one summer gets no dates at all.
 */
export function planDueDates(startDate: CalendarDate, endDate: CalendarDate, workSteps: number): CalendarDate[] {
  const days = schoolDays(startDate, endDate)
  const last = days.length - 1
  if (last < 0)
    return Array.from({ length: workSteps + 5 }, () => '')
  const within = (fixedDays: number, share: number) => Math.floor(Math.min(fixedDays, last * share))
  const planning = within(35, 0.3)
  const final = last - within(7, 0.1)
  const work = Array.from({ length: workSteps }, (_, k) => Math.round(planning + (final - planning) * (k + 1) / (workSteps + 1)))
  return [within(7, 0.1), within(21, 0.2), planning, ...work, final, last].map(day => days[day]!)
}
