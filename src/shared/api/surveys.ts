import * as v from 'valibot'
import { IdField } from '../model/fields.ts'
import { MAX_TEMPLATE_VERSION } from '../model/surveyTemplate.ts'
import { AnswersField } from '../surveys/answers.ts'
import type { SurveyAudience, SurveyItem, SurveyPhase } from '../model/surveyTemplate.ts'
import type { CampaignResults, Comparison, SatisfactionResult } from '../surveys/results.ts'

/** At most this many ballot cards in one request: a sheet for a few classes. */
export const MAX_BALLOTS = 500

/** New cards (`count`), or exit ballots for the cards already printed for another campaign (`sameCardsAs`). */
export const IssueBallotsRequest = v.union([
  v.object({ count: v.pipe(v.number(), v.integer(), v.minValue(1, 'required'), v.maxValue(MAX_BALLOTS, 'too_many')) }),
  v.object({ sameCardsAs: IdField }),
])
export type IssueBallotsRequest = v.InferOutput<typeof IssueBallotsRequest>

/** The codes are in this answer only: the server keeps their hashes, so print them now. */
export interface IssuedBallots {
  issued: number
  codes: string[]
}

export interface BallotCounts {
  issued: number
  used: number
}

export type BallotState = 'open' | 'used' | 'closed' | 'not_open'

/** What a respondent's phone needs to render the questionnaire; nothing about anyone. */
export interface BallotView {
  campaignId: string
  state: BallotState
  title: string
  phase: SurveyPhase
  templateVersion: number
  items: SurveyItem[]
  closesOn: string
}

export const AnswerRequest = v.object({
  code: v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(40, 'too_long')),
  /** Pins the campaign the phone was shown, when one card serves two open campaigns. */
  campaignId: v.optional(IdField),
  templateVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TEMPLATE_VERSION, 'out_of_range')),
  answers: AnswersField,
})
export type AnswerRequest = v.InferOutput<typeof AnswerRequest>

export interface AnswerAccepted {
  accepted: true
}

export interface ResultsResponse {
  campaignId: string
  results: CampaignResults
  /** Entry against exit, when `?against=<campaign id>` named the other phase. */
  comparison?: Comparison
}

/** Per campaign, and pooled by audience, by form of mentoring and by program: what the indicators need. */
export interface SurveySummary {
  campaigns: Array<{ campaignId: string, answers: number, satisfaction: SatisfactionResult }>
  byAudience: Array<{ audience: SurveyAudience, satisfaction: SatisfactionResult }>
  byForm: Array<{ form: string, audience: SurveyAudience, satisfaction: SatisfactionResult }>
  byProgram: Array<{ programId: string, audience: SurveyAudience, satisfaction: SatisfactionResult }>
}
