import { localCalendarDate, schoolYearOf } from '#shared/dates'
import { DEFAULT_PROGRAM_FORMS, type Program } from '#shared/model/program'
import type { RecordFields } from '#shared/model/record'

/** A new program runs for the school year: from today to the next 31 May. */
export function newProgramDraft(today: string = localCalendarDate()): RecordFields<Program> {
  return { name: '', form: DEFAULT_PROGRAM_FORMS[0], startDate: today, endDate: `${schoolYearOf(today) + 1}-05-31`, goals: '', status: 'active', roleVariation: '', curators: '', meetingKinds: [] }
}
