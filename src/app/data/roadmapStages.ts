import { romanNumeral, type StageNumbering } from '#shared/model/roadmap'
import { t } from '../i18n/index.ts'
import type { MessageKey } from '../i18n/messages.ts'

/**
 * A stage's label in the school's numbering («1 этап», «II», «Блок 3»), for the roadmap's screens and monitoring
 * alike; the words are the roadmap's messages, which every caller loads.
 */
export const stageName = (numbering: StageNumbering, index: number): string =>
  t(`roadmap.stageLabels.${numbering}` as MessageKey, { n: index + 1, roman: romanNumeral(index) })
