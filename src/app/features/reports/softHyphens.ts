import { hyphenateSync } from 'hyphen/ru'

/**
 * Letters of 12 pt Times a column of `percent` of the page's text width holds: 165 mm of A4 portrait (252 mm turned),
 * about 2.3 mm a letter, less the cell's padding.
 */
const lettersIn = (percent: number, landscape: boolean) => Math.floor(((landscape ? 252 : 165) * percent / 100 - 2) / 2.3)

/**
 * The places a word too long for its column may break, as soft hyphens. `hyphens: auto` needs the browser's
 * dictionary, which not every Chromium has (Debian's, a school computer kept off the updater): without one,
 * «персонализированных» in a fifth of the page broke as «персонализирова / нных» with no hyphen at all. With them it
 * breaks as a typesetter would, and shows the hyphen. Only such words get them: a PDF's text splits a word at each
 * one («ме ро при ятие» when copied), which a word that fits its column is spared. Russian patterns (TeX's), the
 * same in the DOCX's tables.
 */
export function withSoftHyphens(text: string, columnPercent: number | undefined, landscape = false): string {
  if (columnPercent === undefined)
    return text
  const fits = lettersIn(columnPercent, landscape)
  // Word by word, its letters alone: the patterns would take «» for letters and carry «х»» of «…ных» to a line.
  return text.replace(/[а-яё]+/gi, word => (word.length > fits ? hyphenateSync(word) : word))
}
