import { type Roadmap, romanNumeral } from '#shared/model/roadmap'
import { t } from '../i18n/index.ts'
import type { MessageKey } from '../i18n/messages.ts'

/**
 * A stage's label in the school's numbering («1 этап», «II», «Блок 3»), or as its table wrote it, for the roadmap's
 * screens, papers and monitoring alike; the words are the roadmap's messages, which every caller loads.
 */
export function stageName(roadmap: { numbering: Roadmap['numbering'], stages: ReadonlyArray<{ label?: string }> }, index: number): string {
  return roadmap.stages[index]?.label || t(`roadmap.stageLabels.${roadmap.numbering}` as MessageKey, { n: index + 1, roman: romanNumeral(index) })
}

/**
 * A stage as its heading names it: «1 этап. Подготовка условий»; the events a table has before its first stage row
 * (seed 003's, `unheaded`) by their title alone, not as a stage the school never numbered.
 */
export function stageHeading(roadmap: { numbering: Roadmap['numbering'], stages: ReadonlyArray<{ label?: string, title: string, unheaded?: boolean }> }, index: number): string {
  const stage = roadmap.stages[index]
  return stage?.unheaded ? stage.title : `${stageName(roadmap, index)}. ${stage?.title ?? ''}`
}

/**
 * A stage's number in a column of its own, where a stage is a row of the school's table (seed 004's «1.»): its label
 * as written, a bare number or roman figure closed by a dot; «Блок 3» as the roadmap numbers blocks.
 */
export function stageNumber(roadmap: { numbering: Roadmap['numbering'], stages: ReadonlyArray<{ label?: string }> }, index: number): string {
  const label = roadmap.stages[index]?.label
  if (label)
    return /^(?:\d+|[IVXLC]+)$/.test(label) ? `${label}.` : label
  return roadmap.numbering === 'block' ? stageName(roadmap, index) : `${roadmap.numbering === 'roman' ? romanNumeral(index) : index + 1}.`
}
