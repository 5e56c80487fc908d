import { PROGRAM_STATES, type Program, type ProgramState } from '#shared/model/program'
import type { SortColumn } from '../../data/sortRows.ts'
import { t } from '../../i18n/index.ts'
import './messages.ts'

/** A programme as the desktop table shows it: its state on the day the page opened, and how many pairs it has. */
export interface ProgramRow { program: Program, state: ProgramState, pairs: number | undefined }
export type ProgramSortKey = 'name' | 'form' | 'start' | 'end' | 'state' | 'pairs'

export const PROGRAM_COLUMNS: ReadonlyArray<SortColumn<ProgramRow, ProgramSortKey>> = [
  { key: 'name', label: () => t('programs.name'), value: r => r.program.name },
  { key: 'form', label: () => t('programs.form'), value: r => r.program.form || undefined },
  { key: 'start', label: () => t('programs.startDate'), value: r => r.program.startDate || undefined },
  { key: 'end', label: () => t('programs.endDate'), value: r => r.program.endDate || undefined },
  { key: 'state', label: () => t('programs.statusLabel'), value: r => PROGRAM_STATES.indexOf(r.state) },
  { key: 'pairs', label: () => t('programs.pairs'), value: r => r.pairs },
]
