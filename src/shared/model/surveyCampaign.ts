import * as v from 'valibot'
import { CalendarDateField, crossCheck, IdField } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'
import { MAX_TEMPLATE_VERSION, SURVEY_AUDIENCES, SURVEY_PHASES, type SurveyAudience, type SurveyPhase } from './surveyTemplate.ts'

export const SURVEY_MODES = ['anonymous', 'named'] as const
type SurveyMode = typeof SURVEY_MODES[number]

/** анкетирование: one template asked of one audience of one program, in one phase, between two dates. */
export interface SurveyCampaign extends SyncRecord {
  templateId: string
  templateVersion: number
  programId: string
  audience: SurveyAudience
  phase: SurveyPhase
  mode: SurveyMode
  opensOn: string
  closesOn: string
}

export const SurveyCampaignObject = v.object({
  templateId: IdField,
  templateVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TEMPLATE_VERSION, 'out_of_range')),
  programId: IdField,
  audience: v.picklist(SURVEY_AUDIENCES),
  phase: v.picklist(SURVEY_PHASES),
  mode: v.picklist(SURVEY_MODES),
  opensOn: CalendarDateField,
  closesOn: CalendarDateField,
})

export const SurveyCampaignFields = v.pipe(
  SurveyCampaignObject,
  crossCheck('closesOn', ['opensOn'], c => c.closesOn >= c.opensOn, 'end_before_start'),
) satisfies v.GenericSchema<unknown, RecordFields<SurveyCampaign>>

/** Open on both named days, by the calendar where the check runs (the school's server, or the curator's PC). */
export function campaignState(campaign: Pick<SurveyCampaign, 'opensOn' | 'closesOn'>, today: string): 'not_open' | 'open' | 'closed' {
  if (today < campaign.opensOn)
    return 'not_open'
  return today > campaign.closesOn ? 'closed' : 'open'
}
