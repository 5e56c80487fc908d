import type { Practice } from '#shared/model/practice'
import type { SortColumn } from '../../data/sortRows.ts'
import { t } from '../../i18n/index.ts'
import './messages.ts'

/** A practice as the desktop table shows it: its programme and pair named once, not at every comparison of a sort. */
export interface PracticeRow { practice: Practice, program: string, pair: string }
export type PracticeSortKey = 'title' | 'program' | 'pair' | 'date' | 'files'

export const PRACTICE_COLUMNS: ReadonlyArray<SortColumn<PracticeRow, PracticeSortKey>> = [
  { key: 'title', label: () => t('practices.name'), value: r => r.practice.title },
  { key: 'program', label: () => t('practices.program'), value: r => r.program || undefined },
  { key: 'pair', label: () => t('practices.pair'), value: r => r.pair },
  { key: 'date', label: () => t('practices.date'), value: r => r.practice.date || undefined },
  { key: 'files', label: () => t('practices.files'), value: r => r.practice.files.length },
]
