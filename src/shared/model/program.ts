import * as v from 'valibot'
import { isCalendarDate } from '../dates.ts'
import type { RecordFields, SyncRecord } from './record.ts'

/** Forms of mentoring named by the methodology; a school may add its own (curator's workspace). */
export const DEFAULT_PROGRAM_FORMS = [
  'ученик – ученик',
  'учитель – учитель',
  'педагог – молодой специалист',
  'студент – ученик',
  'работодатель – ученик',
  'работодатель – студент',
] as const

export const PROGRAM_STATUSES = ['active', 'closed'] as const
export type ProgramStatus = typeof PROGRAM_STATUSES[number]

/** программа наставничества */
export interface Program extends SyncRecord {
  name: string
  form: string
  startDate: string
  endDate: string
  goals: string
  status: ProgramStatus
}

const CalendarDateField = v.pipe(v.string(), v.check(isCalendarDate, 'invalid_date'))

export const ProgramFields = v.pipe(
  v.object({
    name: v.pipe(v.string(), v.trim(), v.minLength(2, 'required'), v.maxLength(300, 'too_long')),
    form: v.pipe(v.string(), v.trim(), v.minLength(2, 'required'), v.maxLength(120, 'too_long')),
    startDate: CalendarDateField,
    endDate: CalendarDateField,
    goals: v.pipe(v.string(), v.maxLength(5000, 'too_long')),
    status: v.picklist(PROGRAM_STATUSES),
  }),
  v.forward(
    v.check(p => p.endDate >= p.startDate, 'end_before_start'),
    ['endDate'],
  ),
) satisfies v.GenericSchema<unknown, RecordFields<Program>>
