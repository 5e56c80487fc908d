import * as v from 'valibot'
import { CalendarDateField, optionalText, requiredText } from './fields.ts'
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
type ProgramStatus = typeof PROGRAM_STATUSES[number]

/** программа наставничества */
export interface Program extends SyncRecord {
  name: string
  form: string
  startDate: string
  endDate: string
  goals: string
  status: ProgramStatus
  /** ролевая модель, e.g. «опытный педагог – молодой специалист». */
  roleVariation: string
  /** куратор(ы) программы, as the order names them. */
  curators: string
}

export const ProgramObject = v.object({
  name: v.pipe(requiredText(300), v.minLength(2, 'required')),
  form: requiredText(120),
  startDate: CalendarDateField,
  endDate: CalendarDateField,
  goals: optionalText(5000),
  status: v.picklist(PROGRAM_STATUSES),
  // Added after the first release: optional with a default, so older records still pass the full check.
  roleVariation: v.optional(optionalText(300), ''),
  curators: v.optional(optionalText(500), ''),
})

export const ProgramFields = v.pipe(
  ProgramObject,
  v.forward(v.check(p => p.endDate >= p.startDate, 'end_before_start'), ['endDate']),
) satisfies v.GenericSchema<unknown, RecordFields<Program>>
