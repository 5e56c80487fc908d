import { toRaw } from 'vue'
import type { BallotView } from '#shared/api/surveys'
import { normaliseCardCode } from '#shared/surveys/cardCode'
import type { Answers } from '#shared/surveys/answers'
import { db } from '../../../db/index.ts'
import type { BallotDraft } from '../../../db/schema.ts'
import { leaveUnloadCopy, newerDraft, takeUnloadCopy } from '../../../db/unloadDrafts.ts'

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

const unloadKey = (code: string) => `ballot:${normaliseCardCode(code)}`

/** A reload straight after a tap can come before that tap's IndexedDB write: on `pagehide` the answers stay here too. */
export function leaveAnswersOnUnload(code: string, answers: Answers): void {
  leaveUnloadCopy(unloadKey(code), { value: structuredClone(toRaw(answers)), savedAt: new Date().toISOString() })
}

/** The answers a form opens with: the stored ones, or the copy an unload left if that is later (then written back). */
export async function answersToResume(stored: BallotDraft): Promise<Answers> {
  const kept = { value: stored.answers, savedAt: stored.savedAt }
  const latest = newerDraft(takeUnloadCopy(unloadKey(stored.code)), kept)!
  if (latest !== kept)
    await saveAnswers(stored.code, latest.value as Answers)
  return latest.value as Answers
}
