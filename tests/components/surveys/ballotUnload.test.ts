import { beforeEach, describe, expect, it } from 'vitest'
import type { BallotView } from '#shared/api/surveys'
import { db } from '../../../src/app/db/index.ts'
import { answersToResume, leaveAnswersOnUnload, loadDraft, saveAnswers, startDraft } from '../../../src/app/features/surveys/answer/ballotDrafts.ts'

const CODE = 'ABCD-EFGH-JKLM'

beforeEach(async () => {
  await db.delete()
  await db.open()
  localStorage.clear()
  await startDraft(CODE, {} as BallotView)
})

describe('a survey answered on a phone that reloads', () => {
  it('keeps the last tap when the page went away before its write: the copy left on unload wins and is written back', async () => {
    await saveAnswers(CODE, { comfort: 8 })
    // The tap on «Да»: left on pagehide, its IndexedDB write never finished.
    await new Promise(resolve => setTimeout(resolve, 2))
    leaveAnswersOnUnload(CODE, { comfort: 8, continue: 'yes' })
    expect(await answersToResume((await loadDraft(CODE))!)).toEqual({ comfort: 8, continue: 'yes' })
    expect((await loadDraft(CODE))!.answers).toEqual({ comfort: 8, continue: 'yes' })
    // Taken once: the next opening reads the database.
    expect(localStorage.length).toBe(0)
  })

  it('an older copy does not undo what was written after it', async () => {
    leaveAnswersOnUnload(CODE, { comfort: 3 })
    await new Promise(resolve => setTimeout(resolve, 2))
    await saveAnswers(CODE, { comfort: 9 })
    expect(await answersToResume((await loadDraft(CODE))!)).toEqual({ comfort: 9 })
    expect((await loadDraft(CODE))!.answers).toEqual({ comfort: 9 })
  })
})
