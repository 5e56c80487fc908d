import { localCalendarDate } from '#shared/dates'
import type { Program } from '#shared/model/program'
import { campaignState, type SurveyCampaign } from '#shared/model/surveyCampaign'
import { surveyResponseId, type SurveyResponse } from '#shared/model/surveyResponse'
import type { SurveyTemplate } from '#shared/model/surveyTemplate'
import { db } from '../../../db/index.ts'
import { useLiveQuery } from '../../../db/live.ts'
import { problemText } from '../../../i18n/problemText.ts'

/** A named questionnaire addressed to the signed-in person (the server sends a mentor or mentee only those). */
export interface NamedSurvey {
  campaign: SurveyCampaign
  template: SurveyTemplate | undefined
  program: Program | undefined
  response: SurveyResponse | undefined
}

async function namedSurvey(campaign: SurveyCampaign, personId: string): Promise<NamedSurvey> {
  return {
    campaign,
    template: await db.surveyTemplates.get(campaign.templateId),
    program: await db.programs.get(campaign.programId),
    response: await db.surveyResponses.get(surveyResponseId(campaign.id, personId)),
  }
}

/** The named surveys open today (by this device's calendar; the server has the last word), soonest closing first. */
export function useOpenSurveys(personId: () => string | null | undefined) {
  return useLiveQuery(async (): Promise<NamedSurvey[]> => {
    const me = personId()
    if (!me)
      return []
    const today = localCalendarDate()
    const open = await db.surveyCampaigns.where('deleted').equals(0)
      .filter(c => c.mode === 'named' && campaignState(c, today) === 'open')
      .toArray()
    open.sort((a, b) => a.closesOn.localeCompare(b.closesOn))
    return Promise.all(open.map(campaign => namedSurvey(campaign, me)))
  })
}

export interface AnsweringState extends NamedSurvey {
  /** The answer still waits in the outbox (saved on the device, not yet acknowledged by the server). */
  pending: boolean
  /** The server's reason, when it refused the answer for good. */
  refusal: string | undefined
}

/** One questionnaire to answer; null when it is not on this device. */
export function useAnswering(campaignId: string, personId: string) {
  return useLiveQuery(async (): Promise<AnsweringState | null> => {
    const campaign = await db.surveyCampaigns.get(campaignId)
    if (!campaign || campaign.deleted)
      return null
    const id = surveyResponseId(campaignId, personId)
    const pending = await db.outbox.where('[entity+id]').equals(['surveyResponses', id]).count() > 0
    const rejection = await db.rejections.where('[entity+recordId]').equals(['surveyResponses', id]).last()
    const refusal = rejection && problemText(rejection)
    return { ...await namedSurvey(campaign, personId), pending, refusal }
  })
}
