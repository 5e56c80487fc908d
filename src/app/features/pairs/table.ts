import type { Pair } from '#shared/model/pair'
import { PAIR_STATUSES } from '#shared/model/pair'
import { type Sort, sortRows } from '../../data/sortRows.ts'

/** A pair as the desktop table shows it: the names read once, not at every comparison of a sort. */
export interface PairRow { pair: Pair, mentor: string, mentees: string, program: string, suspended: boolean }
export type PairSortKey = 'mentor' | 'mentees' | 'program' | 'start' | 'end' | 'status'

function sortValue(row: PairRow, key: PairSortKey): string | number | undefined {
  switch (key) {
    case 'mentor': return row.mentor
    case 'mentees': return row.mentees
    case 'program': return row.program || undefined
    case 'start': return row.pair.startDate || undefined
    case 'end': return row.pair.plannedEndDate || undefined
    case 'status': return PAIR_STATUSES.indexOf(row.pair.status) * 2 + (row.suspended ? 1 : 0)
  }
}

/** The table's order: by the chosen column, then by the mentor's name. */
export const sortPairRows = (rows: readonly PairRow[], { key, descending }: Sort<PairSortKey>) =>
  sortRows(rows, row => sortValue(row, key), row => row.mentor, descending)
