import * as v from 'valibot'
import { IdField, optionalText } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'
import { FIRST_YEAR, LAST_YEAR } from './indicatorYear.ts'

/** The parts of the аналитическая справка the curator writes; everything else is computed from the data. */
export const REPORT_SECTIONS = ['summary', 'results', 'problems', 'proposals'] as const
export type ReportSection = typeof REPORT_SECTIONS[number]

/** The curator's text of a programme's справка for one year, kept so it can be edited and printed anywhere. */
export interface ReportNote extends SyncRecord {
  programId: string
  year: number
  sections: Record<ReportSection, string>
}

export const ReportNoteObject = v.object({
  programId: IdField,
  year: v.pipe(v.number(), v.integer(), v.minValue(FIRST_YEAR, 'out_of_range'), v.maxValue(LAST_YEAR, 'out_of_range')),
  sections: v.object(Object.fromEntries(REPORT_SECTIONS.map(key => [key, v.optional(optionalText(20_000), '')])) as Record<ReportSection, v.OptionalSchema<ReturnType<typeof optionalText>, ''>>),
})

export const ReportNoteFields = ReportNoteObject satisfies v.GenericSchema<unknown, RecordFields<ReportNote>>

/**
 * One note per programme and year, so its id is made from both: two devices writing the same справка
 * offline edit one record. The programme's last 32 bits are XORed with the year, which keeps the ids of one programme apart.
 */
export function reportNoteId(programId: string, year: number): string {
  const tail = (Number.parseInt(programId.slice(-8), 16) ^ year) >>> 0
  return `${programId.slice(0, -8)}${tail.toString(16).padStart(8, '0')}`
}
