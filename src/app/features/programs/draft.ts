import { localCalendarDate } from '#shared/dates'
import { DEFAULT_PROGRAM_FORMS, type Program } from '#shared/model/program'
import type { RecordFields } from '#shared/model/record'

/** A new program runs for the school year: from today to the next 31 May. */
export function newProgramDraft(today: string = localCalendarDate()): RecordFields<Program> {
  const [year = 2000, month = 1] = today.split('-').map(Number)
  const endYear = month >= 6 ? year + 1 : year
  return { name: '', form: DEFAULT_PROGRAM_FORMS[0], startDate: today, endDate: `${endYear}-05-31`, goals: '', status: 'active', roleVariation: '', curators: '' }
}
