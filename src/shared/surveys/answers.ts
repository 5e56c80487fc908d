import * as v from 'valibot'
import { CleanText } from '../model/fields.ts'
import { SCALE_MAX, SCALE_MIN, type SurveyItem } from '../model/surveyTemplate.ts'
import type { ProblemCode, ProblemParams } from '../problems.ts'

/** One respondent's answers by item key: a scale is a number, a single choice or text a string, a multiple choice a list. */
export type AnswerValue = number | string | string[]
export type Answers = Record<string, AnswerValue>

const MAX_TEXT_ANSWER = 2000

/**
 * The shape of answers on the wire (an anonymous ballot or a named response): bounded, so a body cannot be
 * made huge; whether they fit the questionnaire is `checkAnswers`'s job, which needs the template.
 */
export const AnswersField = v.record(
  v.pipe(v.string(), v.maxLength(60), CleanText),
  v.union([v.number(), v.pipe(v.string(), v.maxLength(5000), CleanText), v.pipe(v.array(v.pipe(v.string(), v.maxLength(300), CleanText)), v.maxLength(50))]),
)

type AnswerProblem = 'required' | 'invalid' | 'unknown'
/** The first problem (what a refusal names) and every wrong question's, by key (what a form marks, all at once). */
type AnswerFailure = { ok: false, key: string, reason: AnswerProblem, failed: Record<string, AnswerProblem> }

export type AnswerCheck
  = | { ok: true, answers: Answers }
    | AnswerFailure

/**
 * A failed check as a refusal (problem code, params, field). A key the questionnaire lacks is the sender's
 * own text: it is not repeated, since a refusal is stored.
 */
export function answerRefusal({ key, reason }: AnswerFailure): { problem: ProblemCode, field: string, params?: ProblemParams } {
  return reason === 'unknown'
    ? { problem: 'answer_unknown', field: 'answers' }
    : { problem: `answer_${reason}`, params: { question: key }, field: `answers.${key}` }
}

/** Whether a value counts as given: an empty text or an empty list is no answer. */
export function isAnswered(value: AnswerValue | undefined): value is AnswerValue {
  if (value === undefined)
    return false
  if (typeof value === 'string')
    return value.trim() !== ''
  return !Array.isArray(value) || value.length > 0
}

function valid(item: SurveyItem, value: AnswerValue): boolean {
  switch (item.kind) {
    case 'scale': return typeof value === 'number' && Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX
    case 'single': return typeof value === 'string' && (item.options ?? []).includes(value)
    case 'multiple': return Array.isArray(value) && new Set(value).size === value.length && value.every(o => (item.options ?? []).includes(o))
      && !(item.exclusive !== undefined && value.length > 1 && value.includes(item.exclusive))
    case 'text': return typeof value === 'string' && value.length <= MAX_TEXT_ANSWER
  }
}

/**
 * The one check of a filled questionnaire, run by the phone before it queues an answer and by the server
 * before it counts one: every required item answered, scales whole 1..10, choices among the options, no
 * key the template does not have. Unanswered optional items are left out of what is stored.
 */
export function checkAnswers(items: readonly SurveyItem[], answers: Readonly<Record<string, unknown>>): AnswerCheck {
  const byKey = new Map(items.map(item => [item.key, item]))
  const unknown = Object.keys(answers).find(key => !byKey.has(key))
  if (unknown !== undefined)
    return { ok: false, key: unknown, reason: 'unknown', failed: { [unknown]: 'unknown' } }
  const kept: Answers = {}
  const failed: Record<string, AnswerProblem> = {}
  for (const item of items) {
    const value = answers[item.key] as AnswerValue | undefined
    if (!isAnswered(value)) {
      if (item.required)
        failed[item.key] = 'required'
      continue
    }
    if (!valid(item, value)) {
      failed[item.key] = 'invalid'
      continue
    }
    kept[item.key] = typeof value === 'string' ? value.trim() : value
  }
  const first = items.find(item => Object.hasOwn(failed, item.key))?.key
  return first === undefined ? { ok: true, answers: kept } : { ok: false, key: first, reason: failed[first]!, failed }
}
