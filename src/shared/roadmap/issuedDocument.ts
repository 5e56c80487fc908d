import { isCalendarDate } from '../dates.ts'
import type { IssuedDocument } from '../model/roadmapEvent.ts'
import { MONTHS_RU_GENITIVE } from './months.ts'

const KIND = String.raw`([А-ЯЁа-яё][А-ЯЁа-яё.\s-]*?)`
const NUMBER = String.raw`№\s*([\dА-Яа-яЁё/-]+)`
const DATE = String.raw`(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[а-яё]+\s+\d{4})(?:\s*(?:года|г)\.?)?`
/** «Приказ №32 от 04.09.2024 г.», «Протокол педсовета № 1 от 30 августа 2024 года». */
const NUMBER_FIRST = new RegExp(String.raw`^${KIND}\s*${NUMBER}\s+от\s+${DATE}$`, 'u')
/** «Протокол от 31.08.2023 № 1», as seed 004's heading writes its protocol. */
const DATE_FIRST = new RegExp(String.raw`^${KIND}\s+от\s+${DATE}\s*${NUMBER}$`, 'u')

function calendarDateOf(written: string): string {
  const numeric = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(written)
  const worded = /^(\d{1,2})\s+([а-яё]+)\s+(\d{4})$/.exec(written)
  const month = numeric ? Number(numeric[2]) : MONTHS_RU_GENITIVE.indexOf((worded?.[2] ?? '') as typeof MONTHS_RU_GENITIVE[number]) + 1
  const [day, year] = numeric ? [numeric[1]!, numeric[3]!] : worded ? [worded[1]!, worded[3]!] : ['', '']
  const date = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`
  return isCalendarDate(date) ? date : ''
}

/**
 * A result cell that names one document already issued, with its number and its date (seed 002's «Приказ №32 от
 * 04.09.2024 г.»): the school wrote what carried the event out, not what it plans to issue. A bare kind («Приказ»,
 * seed 003) or a sentence around it is a plan, and reads as none.
 */
export function issuedDocumentOf(cell: string): IssuedDocument | null {
  const text = cell.trim().replace(/\s+/g, ' ').replace(/[.;,]$/, '').trim()
  const numberFirst = NUMBER_FIRST.exec(text)
  const dateFirst = numberFirst ? null : DATE_FIRST.exec(text)
  const [kind, number, written] = numberFirst ? [numberFirst[1], numberFirst[2], numberFirst[3]] : dateFirst ? [dateFirst[1], dateFirst[3], dateFirst[2]] : []
  const date = written ? calendarDateOf(written) : ''
  return kind && number && date ? { kind: kind.trim(), number, date, link: '' } : null
}
