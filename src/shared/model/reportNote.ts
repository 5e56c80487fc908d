import * as v from 'valibot'
import { IdField, optionalText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'
import { FIRST_YEAR, LAST_YEAR } from './indicatorYear.ts'

/** A справка's period: a calendar year, or a school year from 1 September (`#shared/roadmap/reportPeriod`). */
export const REPORT_PERIOD_KINDS = ['calendar', 'school'] as const
export type ReportPeriodKind = typeof REPORT_PERIOD_KINDS[number]

/** The parts of the аналитическая справка the curator writes; everything else is computed from the data. */
export const REPORT_SECTIONS = ['summary', 'results', 'problems', 'proposals'] as const
export type ReportSection = typeof REPORT_SECTIONS[number]

/**
 * The curator's text of a programme's справка for one year, kept so it can be edited and printed anywhere: a
 * calendar year, or the school year beginning in `year` (absent on notes written before school years).
 */
export interface ReportNote extends SyncRecord {
  programId: string
  year: number
  period: ReportPeriodKind
  sections: Record<ReportSection, string>
}

export const ReportNoteObject = v.object({
  programId: IdField,
  year: v.pipe(v.number(), v.integer(), v.minValue(FIRST_YEAR, 'out_of_range'), v.maxValue(LAST_YEAR, 'out_of_range')),
  period: v.optional(v.picklist(REPORT_PERIOD_KINDS), 'calendar'),
  sections: v.object(Object.fromEntries(REPORT_SECTIONS.map(key => [key, v.optional(optionalText(20_000), '')])) as Record<ReportSection, v.OptionalSchema<ReturnType<typeof optionalText>, ''>>),
})

export const ReportNoteFields = ReportNoteObject satisfies v.GenericSchema<unknown, RecordFields<ReportNote>>

/**
 * One note per programme and period, so its id is made from them: two devices writing the same справка offline edit
 * one record. The programme's last 32 bits are XORed with the year, and a school year's also with the top bit (no
 * year reaches it), which keeps the ids of one programme apart.
 */
export function reportNoteId(programId: string, year: number, period: ReportPeriodKind = 'calendar'): string {
  const tail = (Number.parseInt(programId.slice(-8), 16) ^ year ^ (period === 'school' ? 0x8000_0000 : 0)) >>> 0
  return `${programId.slice(0, -8)}${tail.toString(16).padStart(8, '0')}`
}
