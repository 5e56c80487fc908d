/** How a roadmap numbers its stages: «1 этап», «Этап 2», «1.»; «I.»; «Блок 3». */
import type { StageNumbering } from '../model/roadmap.ts'

export interface StageHeading {
  numberLabel: string
  title: string
  /** Words after a quoted title: seed 000 writes the stage's deadline there («… » сентябрь - октябрь 2024 года»). */
  rest: string
  numbering: StageNumbering
}

// Cyrillic letters are no word characters to \b, hence the explicit look-ahead after «этап».
const HEADINGS: Array<[RegExp, StageNumbering]> = [
  [/^(\d+\s*этап)(?=[\s.:«"]|$)/i, 'arabic'],
  [/^(этап\s*\d+)/i, 'arabic'],
  [/^(блок\s*\d+)/i, 'block'],
  [/^([IVXLC]+)\.(?=\s|[А-ЯЁ])/, 'roman'],
]
// «1. Изучение и систематизация…» is a heading only where a row holds nothing else in its first cell.
const NUMBERED = /^(\d+)\.(?=\s|[А-ЯЁ])/

/** The stage a cell opens, or undefined; `numbered` also accepts a bare «1. …» (seed 002's sub-sections). */
export function stageHeading(cell: string, numbered = false): StageHeading | undefined {
  const text = cell.replace(/\s+/g, ' ').trim()
  const candidates = numbered ? [...HEADINGS, [NUMBERED, 'arabic'] as const] : HEADINGS
  for (const [pattern, numbering] of candidates) {
    const match = pattern.exec(text)
    if (match)
      return { numberLabel: match[1]!, numbering, ...titleAndRest(text.slice(match[0].length).replace(/^[\s.:]+/, '')) }
  }
  return undefined
}

/** «Подготовка условий…» out of «Подготовка условий…» сентябрь - октябрь 2024», keeping quotes nested inside. */
function titleAndRest(text: string): { title: string, rest: string } {
  if (!text.startsWith('«'))
    return { title: text, rest: '' }
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    depth += text[i] === '«' ? 1 : text[i] === '»' ? -1 : 0
    if (depth === 0)
      return { title: text.slice(1, i).trim(), rest: text.slice(i + 1).trim() }
  }
  return { title: text, rest: '' }
}

/** The numbering most stages use; arabic for a table with none. */
export function numberingOf(headings: readonly StageNumbering[]): StageNumbering {
  const count = (kind: StageNumbering) => headings.filter(h => h === kind).length
  return (['arabic', 'roman', 'block'] as const).reduce((best, kind) => (count(kind) > count(best) ? kind : best))
}
