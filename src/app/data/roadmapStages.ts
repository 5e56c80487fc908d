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
