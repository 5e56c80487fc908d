import type { Deadline, DeadlinePoint, DeadlineThen } from './deadline.ts'
import { MONTHS_EN, MONTHS_RU, MONTHS_RU_GENITIVE } from './months.ts'

export type DeadlineLocale = 'ru' | 'en'

const WORDS = {
  ru: { by: 'до', byMonth: 'до конца', from: 'с', then: 'далее', ongoing: 'постоянно', as_needed: 'по мере необходимости', year: 'ежегодно', quarter: 'ежеквартально', month: 'ежемесячно', and: 'и' },
  en: { by: 'by', byMonth: 'by the end of', from: 'from', then: 'then', ongoing: 'ongoing', as_needed: 'as needed', year: 'annually', quarter: 'quarterly', month: 'monthly', and: 'and' },
} as const

const DASH = ' – '
const parts = (point: DeadlinePoint) => point.split('-').map(Number) as [number, number, number?]
const monthName = (month: number, locale: DeadlineLocale, genitive = false) =>
  (locale === 'en' ? MONTHS_EN : genitive ? MONTHS_RU_GENITIVE : MONTHS_RU)[month - 1]!

/** «сентябрь 2021», «04.09.2024»; in English «September 2021», «4 September 2024». `genitive` for «с октября». */
function pointWords(point: DeadlinePoint, locale: DeadlineLocale, genitive = false): string {
  const [year, month, day] = parts(point)
  if (day === undefined)
    return `${monthName(month, locale, genitive)} ${year}`
  return locale === 'en' ? `${day} ${monthName(month, locale)} ${year}` : point.split('-').reverse().join('.')
}

/** «октябрь – ноябрь 2024» within one year, «декабрь 2021 – февраль 2022» across two, days in full. */
function periodWords(from: DeadlinePoint, to: DeadlinePoint, locale: DeadlineLocale): string {
  const [fromYear, fromMonth, fromDay] = parts(from)
  if (fromDay === undefined && from.length === to.length && fromYear === parts(to)[0])
    return `${monthName(fromMonth, locale)}${DASH}${pointWords(to, locale)}`
  return `${pointWords(from, locale)}${DASH}${pointWords(to, locale)}`
}

/** «май», «май и август», «май, август и сентябрь». */
function listWords(items: string[], locale: DeadlineLocale): string {
  const last = items.at(-1)
  return items.length < 2 ? last ?? '' : `${items.slice(0, -1).join(', ')} ${WORDS[locale].and} ${last}`
}

const withThen = (words: string, then: DeadlineThen | undefined, locale: DeadlineLocale) =>
  then ? `${words}, ${WORDS[locale].then} ${WORDS[locale][then]}` : words

const withFrom = (words: string, from: DeadlinePoint | undefined, locale: DeadlineLocale) =>
  from ? `${WORDS[locale].from} ${pointWords(from, locale, true)}, ${words}` : words

/** A deadline as the seeds write it: «октябрь – ноябрь 2024», «ежегодно, май и август», «декабрь 2021, далее постоянно». */
export function formatDeadline(deadline: Deadline, locale: DeadlineLocale = 'ru'): string {
  const words = WORDS[locale]
  switch (deadline.kind) {
    case 'on':
      return withThen(pointWords(deadline.at, locale), deadline.then, locale)
    case 'by':
      return withThen(deadline.at.length === 7 ? `${words.byMonth} ${pointWords(deadline.at, locale, true)}` : `${words.by} ${pointWords(deadline.at, locale)}`, deadline.then, locale)
    case 'period':
      return withThen(periodWords(deadline.from, deadline.to, locale), deadline.then, locale)
    case 'recurring': {
      const { opensIn } = deadline
      // «август – сентябрь»: a yearly window of one month that opens earlier.
      const months = deadline.months.map(m => opensIn && deadline.months.length === 1 ? `${monthName(opensIn, locale)}${DASH}${monthName(m, locale)}` : monthName(m, locale))
      return withFrom(months.length ? `${words[deadline.every]}, ${listWords(months, locale)}` : words[deadline.every], deadline.from, locale)
    }
    case 'ongoing':
    case 'as_needed':
      return withFrom(words[deadline.kind], deadline.from, locale)
    case 'external':
    case 'text':
      return deadline.text
  }
}

/** A word's stem, so that its cases are one («в мае», «май»; «сентябре», «сентябрь»); a year whole. */
const stem = (word: string) => (/\d/.test(word) ? word : word.slice(0, word.length > 3 ? 3 : 2))
/** The stems and years of some words; a day's or month's number is left out, as «1 октября» and «01.10» say one thing. */
const stems = (words: string) => new Set(words.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(word => /^\d{4}$/.test(word) || (word.length > 2 && !/\d/.test(word))).map(stem))

/**
 * A deadline as the school wrote it («В течение всего периода реализации проекта»), and how the app reads it
 * («постоянно») where the reading says something the words do not (a stem or a year of its own: «сентябрь» read as
 * «сентябрь 2020»), for a screen to show beside them. A deadline typed in the app has no words of its own.
 */
export function deadlineWords(deadline: Deadline, locale: DeadlineLocale): { words: string, reading?: string } {
  const reading = formatDeadline(deadline, locale)
  const words = deadline.text.replace(/\s+/g, ' ').trim()
  if (!words)
    return { words: reading }
  const said = stems(words)
  return [...stems(reading)].every(stem => said.has(stem)) ? { words } : { words, reading }
}

/**
 * One occurrence of a recurring event in words: «сентябрь 2021», «август – сентябрь 2021» for a window opened earlier,
 * «2-й квартал 2025», «2025 год»; a standing event's mark (a day) as its date.
 */
export function occurrenceWords(occurrence: { key: string, opens?: string }, locale: DeadlineLocale = 'ru'): string {
  const { key, opens } = occurrence
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key)
  if (quarter)
    return locale === 'en' ? `Q${quarter[2]} ${quarter[1]}` : `${quarter[2]}-й квартал ${quarter[1]}`
  if (/^\d{4}$/.test(key))
    return locale === 'en' ? key : `${key} год`
  const opened = opens?.slice(0, 7)
  return key.length === 7 && opened && opened !== key ? periodWords(opened, key, locale) : pointWords(key, locale)
}
