import * as v from 'valibot'
import { AnswersField, type Answers } from '../surveys/answers.ts'
import { IdField } from './fields.ts'
import type { RecordFields, SyncRecord } from './record.ts'
import { MAX_TEMPLATE_VERSION } from './surveyTemplate.ts'

/**
 * A named answer (ответ на именную анкету): one person's answers to one campaign, a synced record like a
 * meeting. Its id is derived from the campaign and the person (`surveyResponseId`), so a second device of the
 * same person writes the same record (field patches merge) instead of a second answer; the server refuses
 * any other id. `answers` is checked against the campaign's template with `checkAnswers` on both sides.
 */
export interface SurveyResponse extends SyncRecord {
  campaignId: string
  personId: string
  templateVersion: number
  answers: Answers
}

export const SurveyResponseObject = v.object({
  campaignId: IdField,
  personId: IdField,
  templateVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TEMPLATE_VERSION, 'out_of_range')),
  answers: AnswersField,
})

export const SurveyResponseFields = SurveyResponseObject satisfies v.GenericSchema<unknown, RecordFields<SurveyResponse>>

// FNV-1a, 128 bits (offset basis and prime from the FNV specification): stable on every device and runtime.
const FNV_OFFSET = 0x6C62272E07BB014262B821756295C58Dn
const FNV_PRIME = 0x0000000001000000000000000000013Bn
const MASK_128 = (1n << 128n) - 1n

function fnv1a128(text: string): bigint {
  let hash = FNV_OFFSET
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i))
    hash = (hash * FNV_PRIME) & MASK_128
  }
  return hash
}

/**
 * The id of a person's answer to a campaign: a UUIDv8 (RFC 9562, «custom») made from the two ids, so
 * every device of that person names the same record. Not a secret and not a security boundary: the
 * server checks that the id, the campaign and the person agree, and that the person is the caller.
 */
export function surveyResponseId(campaignId: string, personId: string): string {
  const hex = fnv1a128(`${campaignId}/${personId}`).toString(16).padStart(32, '0')
  const version = `8${hex.slice(13, 16)}`
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`
}
