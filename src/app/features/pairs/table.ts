import type { Pair } from '#shared/model/pair'
import { PAIR_STATUSES } from '#shared/model/pair'
import { holds, searchable } from '#shared/search'
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

/** A suspended pair is a state of its own to look for: the running pairs that wait for a consent. */
export const PAIR_STANDINGS = [...PAIR_STATUSES, 'suspended'] as const

/** The registry's narrowing: a name (of the mentor, a mentee or the programme), a programme, a state; '' is any. */
export interface PairFilter { query: string, programId: string, standing: typeof PAIR_STANDINGS[number] | '' }

export function filterPairRows(rows: readonly PairRow[], filter: PairFilter): PairRow[] {
  const needle = searchable(filter.query)
  return rows.filter(row =>
    holds(`${row.mentor} ${row.mentees} ${row.program}`, needle)
    && (!filter.programId || row.pair.programId === filter.programId)
    && (!filter.standing || (filter.standing === 'suspended' ? row.suspended : row.pair.status === filter.standing)))
}
