import { AWARD_KINDS, type Award } from '#shared/model/award'
import type { SortColumn } from '../../data/sortRows.ts'
import { t } from '../../i18n/index.ts'
import './messages.ts'

/** An award as the desktop table shows it: the names read once, not at every comparison of a sort. */
export interface AwardRow { award: Award, person: string, program: string }
export type AwardSortKey = 'person' | 'kind' | 'date' | 'basis' | 'program'

export const AWARD_COLUMNS: ReadonlyArray<SortColumn<AwardRow, AwardSortKey>> = [
  { key: 'person', label: () => t('awards.person'), value: r => r.person },
  { key: 'kind', label: () => t('awards.kind'), value: r => AWARD_KINDS.indexOf(r.award.kind) },
  { key: 'date', label: () => t('awards.date'), value: r => r.award.date || undefined },
  { key: 'basis', label: () => t('awards.basis'), value: r => r.award.basis || undefined },
  { key: 'program', label: () => t('awards.program'), value: r => r.program || undefined },
]
