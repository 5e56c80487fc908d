// A school's own approval heading for its next year: the same words, the year's document to be filled in.

const GENITIVE_MONTHS = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря'

/** A blank typed for a day or a month, however long: «__», «___», «____». */
const BLANK = '_+'

/** A date as the headings write it: «31.08.2023», «“31” августа 2023 года», or a blank of one («___» ______ 2024). */
const DATE = String.raw`(?:(?:\d{1,2}|${BLANK})\.(?:\d{1,2}|${BLANK})\.\d{2,4}|[«"“]?(?:\d{1,2}|${BLANK})[»"”]?\s+(?:[а-яё]+|${BLANK})\s+\d{4})(?:\s*(?:года|г\.?))?`

/**
 * A protocol's or an order's number, not a school's («СОШ № 47»): right after «протокол», «приказ» («Протокол № 1»),
 * or beside a date («№ 21 от 30.08.2024», «от 31.08.2023 № 1»), where a school's number never stands.
 */
const DOCUMENT_NUMBER = new RegExp(String.raw`((?:(?:протокол|приказ)[а-яё]*|от\s+${DATE})\s*№\s*)[\dА-Яа-яЁё/-]+|(№\s*)[\dА-Яа-яЁё/-]+(?=\s+от\s+${DATE})`, 'gi')

/** «31.08.2023», «31.08.23», and a blank a roll-over left («__.__.2024»): its year moves on again. */
const NUMERIC_DATE = new RegExp(String.raw`(?<![\d_])(?:\d{1,2}|${BLANK})\.(?:\d{1,2}|${BLANK})\.((?:19|20)?\d\d)(?!\d)`, 'g')

/** «31 августа 2023», «“31” августа 2023», ««31» августа 2023», and a blank of one, its day of any length. */
const WORDED_DATE = new RegExp(String.raw`[«"“]?(?<![\d_])(?:\d{1,2}|${BLANK})[»"”]?\s+(?:${GENITIVE_MONTHS}|${BLANK})\s+((?:19|20)\d\d)`, 'gi')

const nextYear = (year: string, years: number) => (year.length === 2 ? String((Number(year) + years) % 100).padStart(2, '0') : String(Number(year) + years))

/**
 * The heading as the school writes it, `years` on: the council that agrees and the director who approves stay, each
 * date becomes a blank of the next year and each protocol's and order's number a blank (seed 004's «(протокол от
 * 31.08.2023 № 1)» → «(протокол от __.__.2024 № __)», seed 002's «Приказ № 21 от 30.08.2024 г.» → «Приказ № __ от
 * __.__.2025 г.»). Last year's protocol does not approve this year's roadmap; the form it is approved in does not change.
 */
export function renewedApproval(approval: string, years: number): string {
  return approval
    .replace(DOCUMENT_NUMBER, (_, before?: string, sign?: string) => `${before ?? sign}__`)
    .replace(NUMERIC_DATE, (_, year: string) => `__.__.${nextYear(year, years)}`)
    .replace(WORDED_DATE, (_, year: string) => `«__» ________ ${nextYear(year, years)}`)
}
