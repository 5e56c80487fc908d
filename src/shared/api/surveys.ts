import * as v from 'valibot'
import { IdField } from '../model/fields.ts'
import { MAX_TEMPLATE_VERSION, SURVEY_PHASES, SurveyItemSchema } from '../model/surveyTemplate.ts'
import { AnswersField } from '../surveys/answers.ts'
import type { SurveyAudience } from '../model/surveyTemplate.ts'
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
export const IssuedBallots = v.object({
  issued: v.number(),
  codes: v.pipe(v.array(v.string()), v.description('Shown once: only their hashes are kept')),
})
export type IssuedBallots = v.InferOutput<typeof IssuedBallots>

export const BallotCounts = v.object({ issued: v.number(), used: v.number() })
export type BallotCounts = v.InferOutput<typeof BallotCounts>

/** What a respondent's phone needs to render the questionnaire; nothing about anyone. */
export const BallotView = v.object({
  campaignId: IdField,
  state: v.picklist(['open', 'used', 'closed', 'not_open']),
  title: v.string(),
  phase: v.picklist(SURVEY_PHASES),
  templateVersion: v.number(),
  items: v.array(SurveyItemSchema),
  closesOn: v.string(),
})
export type BallotView = v.InferOutput<typeof BallotView>
export type BallotState = BallotView['state']

export const AnswerRequest = v.object({
  code: v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(40, 'too_long')),
  /** Pins the campaign the phone was shown, when one card serves two open campaigns. */
  campaignId: v.optional(IdField),
  templateVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TEMPLATE_VERSION, 'out_of_range')),
  answers: AnswersField,
})
export type AnswerRequest = v.InferOutput<typeof AnswerRequest>

export const AnswerAccepted = v.object({ accepted: v.literal(true) })
export type AnswerAccepted = v.InferOutput<typeof AnswerAccepted>

export interface ResultsResponse {
  campaignId: string
  /** Answers received so far: it moves with every answer, the figures in `results` only by whole fives. */
  received: number
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
