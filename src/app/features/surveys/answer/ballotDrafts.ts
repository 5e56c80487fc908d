import { toRaw } from 'vue'
import type { BallotView } from '#shared/api/surveys'
import { normaliseCardCode } from '#shared/surveys/cardCode'
import type { Answers } from '#shared/surveys/answers'
import { db } from '../../../db/index.ts'
import type { BallotDraft } from '../../../db/schema.ts'

/**
 * The respondent's questionnaire kept on the phone under its card code (device-only table, never synced):
 * the template fetched once, the answers as typed, and where the answer stands.
 */
export const loadDraft = (code: string) => db.ballotDrafts.get(normaliseCardCode(code))

export async function startDraft(code: string, ballot: BallotView): Promise<BallotDraft> {
  const draft: BallotDraft = { code: normaliseCardCode(code), ballot, answers: {}, status: 'editing', savedAt: new Date().toISOString() }
  await db.ballotDrafts.put(draft)
  return draft
}

/** Every change is written at once: a half-filled form survives a closed tab or a dead battery. */
export async function saveAnswers(code: string, answers: Answers): Promise<void> {
  // IndexedDB cannot clone Vue proxies; the raw object is the same data.
  await db.ballotDrafts.update(normaliseCardCode(code), { answers: structuredClone(toRaw(answers)), savedAt: new Date().toISOString() })
}

export async function updateDraft(code: string, changes: Partial<Omit<BallotDraft, 'code'>>): Promise<void> {
  await db.ballotDrafts.update(normaliseCardCode(code), changes)
}
