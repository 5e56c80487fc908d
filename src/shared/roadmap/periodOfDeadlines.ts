import { type Deadline, endOf, startOf } from './deadline.ts'

/** The points a deadline dates, where its words write their year («Сентябрь-декабрь 2023»): a bare «сентябрь» takes its year from the period. */
function writtenPoints(deadline: Deadline): string[] {
  if (!/(?<!\d)(?:19|20)\d\d(?!\d)/.test(deadline.text))
    return []
  switch (deadline.kind) {
    case 'on':
    case 'by':
      return [deadline.at]
    case 'period':
      return [deadline.from, deadline.to]
    case 'recurring':
    case 'ongoing':
    case 'as_needed':
      return deadline.from ? [deadline.from] : []
    default:
      return []
  }
}

/**
 * The period a table's own dates span, for an import whose title names none (seed 004's «Дорожная карта по реализации
 * Положения…», its deadlines «Сентябрь-декабрь 2023» to «Ноябрь 2024»): from the first day of its earliest month to
 * the last of its latest. None where no deadline writes a year.
 */
export function periodOfDeadlines(deadlines: readonly Deadline[]): { startDate: string, endDate: string } | undefined {
  const points = deadlines.flatMap(writtenPoints)
  if (!points.length)
    return undefined
  return {
    startDate: points.map(startOf).reduce((a, b) => (b < a ? b : a)),
    endDate: points.map(endOf).reduce((a, b) => (b > a ? b : a)),
  }
}
