import type { Pair } from '#shared/model/pair'
import { PAIR_STATUSES } from '#shared/model/pair'
import { type Sort, sortByColumn, type SortColumn } from '../../data/sortRows.ts'
import { t } from '../../i18n/index.ts'
import './messages.ts'

/** A pair as the desktop table shows it: the names read once, not at every comparison of a sort. */
export interface PairRow { pair: Pair, mentor: string, mentees: string, program: string, suspended: boolean }
export type PairSortKey = 'mentor' | 'mentees' | 'program' | 'start' | 'end' | 'status'

export const PAIR_COLUMNS: ReadonlyArray<SortColumn<PairRow, PairSortKey>> = [
  { key: 'mentor', label: () => t('pairs.mentor'), value: row => row.mentor },
  { key: 'mentees', label: () => t('pairs.mentees'), value: row => row.mentees },
  { key: 'program', label: () => t('pairs.program'), value: row => row.program || undefined },
  { key: 'start', label: () => t('pairs.startDate'), value: row => row.pair.startDate || undefined },
  { key: 'end', label: () => t('pairs.plannedEndDate'), value: row => row.pair.plannedEndDate || undefined },
  // A suspended pair right after the running ones.
  { key: 'status', label: () => t('pairs.status'), value: row => PAIR_STATUSES.indexOf(row.pair.status) * 2 + (row.suspended ? 1 : 0) },
]

/** The table's order: by the chosen column, then by the mentor's name. */
export const sortPairRows = (rows: readonly PairRow[], sort: Sort<PairSortKey>) => sortByColumn(rows, PAIR_COLUMNS, sort, row => row.mentor)
