import * as v from 'valibot'
import type { CalendarDate } from '../dates.ts'
import { CalendarDateField, crossCheck, optionalText, requiredText } from './fields.ts'
import { MEETING_KINDS, type MeetingKindName } from './meetingKinds.ts'
import type { RecordFields, SyncRecord } from './record.ts'

/**
 * Forms of mentoring named by the methodology, and those schools add most (учитель – ученик; seed 004's педагог –
 * педагог), offered as the form is typed; a school may add its own (curator's workspace).
 */
export const DEFAULT_PROGRAM_FORMS = [
  'ученик – ученик',
  'учитель – учитель',
  'учитель – ученик',
  'педагог – педагог',
  'педагог – молодой специалист',
  'студент – ученик',
  'работодатель – ученик',
  'работодатель – студент',
] as const

/**
 * The stored `status` is the curator's word on the programme, not its state (see `programState`):
 * 'active' = «по датам», the dates decide; 'suspended' and 'closed_early' are the curator's overrides.
 * 'closed' is what the first release stored when a curator closed a programme, and old devices may still
 * send it: before the end date it reads as closed early, from the end date on as simply finished.
 */
const PROGRAM_STATUSES = ['active', 'suspended', 'closed_early', 'closed'] as const
type ProgramStatus = typeof PROGRAM_STATUSES[number]
/** What the curator's form offers: the dates, or one of the two overrides ('closed' is only read). */
export const PROGRAM_OVERRIDES = ['active', 'suspended', 'closed_early'] as const satisfies readonly ProgramStatus[]

/** A programme's state, in the order lists show them: the running ones first, the closed ones last. */
export const PROGRAM_STATES = ['running', 'planned', 'suspended', 'finished', 'closed_early'] as const
export type ProgramState = typeof PROGRAM_STATES[number]

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
  /** The meeting kinds its roadmap plans, as the school names them; empty for all, by the methodology's names. */
  meetingKinds: MeetingKindName[]
}

/**
 * A programme's meeting kinds, in the seeds' order: the ones its roadmap plans, each as the school names it
 * (seed 002's «заключительная встреча», «групповая рефлексия»). Empty: every kind, by the methodology's names.
 */
const MeetingKindNamesField = v.pipe(
  v.array(v.object({ kind: v.picklist(MEETING_KINDS), name: optionalText(120) })),
  v.maxLength(MEETING_KINDS.length, 'too_many'),
  v.check(list => new Set(list.map(k => k.kind)).size === list.length, 'invalid'),
)

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
  meetingKinds: v.optional(MeetingKindNamesField, []),
})

export const ProgramFields = v.pipe(
  ProgramObject,
  crossCheck('endDate', ['startDate'], p => p.endDate >= p.startDate, 'end_before_start'),
) satisfies v.GenericSchema<unknown, RecordFields<Program>>

/**
 * The state on `today`: the dates decide (планируется before the start, идёт up to the end date included,
 * завершена after it) unless the curator overrode them. A closed-early programme stays so; a pause does not
 * outlive the programme, so a suspended one is finished once its end date has passed.
 */
export function programState(program: Pick<Program, 'startDate' | 'endDate' | 'status'>, today: CalendarDate): ProgramState {
  if (program.status === 'closed_early' || (program.status === 'closed' && today < program.endDate))
    return 'closed_early'
  if (today > program.endDate || program.status === 'closed')
    return 'finished'
  if (program.status === 'suspended')
    return 'suspended'
  return today < program.startDate ? 'planned' : 'running'
}

/** Programmes in the order of their states on `today`, then by start date, newest first. */
export function byProgramState(today: CalendarDate): (a: Program, b: Program) => number {
  const rank = (p: Program) => PROGRAM_STATES.indexOf(programState(p, today))
  return (a, b) => rank(a) - rank(b) || b.startDate.localeCompare(a.startDate)
}
