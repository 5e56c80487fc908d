// What a pasted roadmap carries above its table: its approval heading, its title and the text between it and the table. Whole words: `\b` knows only Latin letters.
import { plainLine } from './cellMarkup.ts'

const APPROVAL = /^(?:утверждаю|утвержден[оа]?|согласовано|рассмотрено|принято)(?![а-яё])/i
const TITLE = /^(?:дорожная карта|план)(?![а-яё])/i

/** The lines of a document's text above its first table (a line with a tab is a row of one), each plain. */
function linesAboveTable(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const table = lines.findIndex(line => line.includes('\t'))
  return (table < 0 ? lines : lines.slice(0, table)).map(plainLine)
}

/**
 * The approval heading a school's roadmap carries above its title, as its text has it (seeds 000, 002, 004:
 * «УТВЕРЖДАЮ / Директор … / О.В. Владимирова / 02.09.2024 г.», «РАССМОТРЕНО … Протокол № 1», «СОГЛАСОВАНО
 * педагогическим советом …»): the lines above the first table, from the first «УТВЕРЖДАЮ», «СОГЛАСОВАНО»,
 * «РАССМОТРЕНО» or «ПРИНЯТО» to the title («Дорожная карта …», «План …»), each trimmed, blank ones and bold marks
 * gone; a blank line before each heading after the first (seed 002's «РАССМОТРЕНО…», then «УТВЕРЖДАЮ…»), so they print
 * apart. '' where there is none.
 */
export function pastedApproval(text: string): string {
  const lines: string[] = []
  for (const line of linesAboveTable(text)) {
    if (TITLE.test(line) && lines.length)
      break
    if (line && APPROVAL.test(line) && lines.length)
      lines.push('')
    if (line && (lines.length || APPROVAL.test(line)))
      lines.push(line)
  }
  return lines.join('\n')
}

/**
 * A heading of several approvals as a school's sheet sets them side by side (seed 002's «РАССМОТРЕНО…» on the left,
 * «УТВЕРЖДАЮ…» on the right): its lines cut at each blank line that an approval word follows. One part where there
 * is one, however its lines are spaced (seed 004's «СОГЛАСОВАНО…» and the name under it).
 */
export function approvalParts(lines: readonly string[]): string[][] {
  const parts: string[][] = [[]]
  lines.forEach((line, i) => {
    const next = lines[i + 1] ?? ''
    if (!line && APPROVAL.test(next) && parts.at(-1)!.length)
      parts.push([])
    else parts.at(-1)!.push(line)
  })
  return parts
}

/**
 * The title a school's roadmap carries above its table, its lines joined as it wrote them (seed 001's «План
 * мероприятий … в МБОУ «СОШ №20» п. Усолье-7 на период 2021-2024 гг.», seed 003's «ДОРОЖНАЯ КАРТА внедрения …»):
 * from the line that starts «Дорожная карта» or «План» to the next blank line, a preposition that starts a line in lower
 * case. '' where there is none.
 */
export function pastedTitle(text: string): string {
  const lines: string[] = []
  for (const line of linesAboveTable(text)) {
    if (!line && lines.length)
      break
    if (line && (lines.length || TITLE.test(line)))
      lines.push(line)
  }
  return lines.map((line, i) => (i && RUNS_ON.test(line) && !/[.!?:]$/u.test(lines[i - 1]!) ? line[0]!.toLocaleLowerCase('ru') + line.slice(1) : line)).join(' ').slice(0, 500)
}

/** A line Word starts with a capital though the title runs on from the line above (seed 000's «…наставничества / В МОБУ…»). */
const RUNS_ON = /^(?:В|Во|На|По|Для|С|К|О|У|Из|От)(?= )/u

/**
 * The period a title names, for the import's dates: «на 2024-2025 учебный год» September to June, as the app sets a
 * school year; «на период 2021-2024 гг.», «на 2020-2024 годы» and «на 2025 год» whole calendar years.
 */
export function periodOfTitle(title: string): { startDate: string, endDate: string } | undefined {
  const span = /(?<!\d)(20\d\d)\s*[-–—]\s*(20\d\d)(?!\d)\s*(учебн)?/i.exec(title) ?? /(?<!\d)(20\d\d)(?!\d)\s*(?:год|г\.)/i.exec(title)
  if (!span)
    return undefined
  const [from, to = from] = [span[1]!, span[2]]
  if (Number(to) < Number(from))
    return undefined
  return span[3] ? { startDate: `${from}-09-01`, endDate: `${to}-06-30` } : { startDate: `${from}-01-01`, endDate: `${to}-12-31` }
}

/** A line that goes on with the one before: that one ends in no full stop, colon or semicolon, and this starts in lower case. */
const goesOn = (before: string, line: string) => !/[.:;!?]$/.test(before) && /^[а-яёa-z«(]/.test(line)

/**
 * What a school writes between its title and its table (seed 003's «Целью внедрения…», «Задачи…» and the tasks), a
 * paragraph a line: a line broken inside a sentence, as a converter breaks them, joins the one before. '' where the
 * text has no title, or nothing between it and the table.
 */
export function pastedIntro(text: string): string {
  const paragraphs: string[] = []
  let stage: 'before' | 'title' | 'after' = 'before'
  for (const line of linesAboveTable(text)) {
    if (stage === 'before' && TITLE.test(line))
      stage = 'title'
    else if (stage === 'title' && !line)
      stage = 'after'
    else if (stage === 'after' && line) {
      const last = paragraphs.at(-1)
      if (last !== undefined && goesOn(last, line))
        paragraphs[paragraphs.length - 1] = `${last} ${line}`
      else
        paragraphs.push(line)
    }
  }
  return paragraphs.join('\n')
}

const INITIALS_FIRST = /(?:^|[\s_])([А-ЯЁ]\.\s?[А-ЯЁ]\.)\s?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s*$/u
const SURNAME_FIRST = /(?:^|[\s_])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s([А-ЯЁ]\.\s?[А-ЯЁ]\.)\s*$/u

/**
 * Who signs a roadmap's «УТВЕРЖДАЮ», as the registry writes a name: surname first («Владимирова О.В.» from seed 000's
 * «О.В. Владимирова», «Бальбердина Т.В.» from seed 002's), for the requisites' director until the curator types one.
 * Undefined where the heading names nobody so (seeds 001, 003, 004).
 */
export function approvalSigner(approval: string): string | undefined {
  const lines = approval.split('\n')
  const start = lines.findIndex(line => /^утверждаю/i.test(line.trim()))
  for (const line of start < 0 ? [] : lines.slice(start + 1)) {
    if (!line.trim())
      break
    const initialsFirst = INITIALS_FIRST.exec(line)
    const surnameFirst = initialsFirst ? null : SURNAME_FIRST.exec(line)
    if (initialsFirst)
      return `${initialsFirst[2]} ${initialsFirst[1]}`
    if (surnameFirst)
      return `${surnameFirst[1]} ${surnameFirst[2]}`
  }
  return undefined
}
