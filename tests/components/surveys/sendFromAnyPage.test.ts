import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BallotView } from '#shared/api/surveys'
import { db } from '../../../src/app/db/index.ts'
import { startDraft, updateDraft } from '../../../src/app/features/surveys/answer/ballotDrafts.ts'
import { sendQueuedAnswersFromAnyPage } from '../../../src/app/features/surveys/answer/sendFromAnyPage.ts'
import { ANSWER_RETRY_MS } from '../../../src/app/features/surveys/answer/retry.ts'
import { sendQueued } from '../../../src/app/features/surveys/answer/sendQueue.ts'
import { mountAt } from '../mountPage.ts'

const CODE = 'ABCD-EFGH-JKLM'
const BALLOT = { campaignId: '019b76da-a800-7b07-8c77-24831b7ce5b4', state: 'open', title: 'Анкета', phase: 'exit', templateVersion: 1, items: [], closesOn: '2999-12-31' } as BallotView
let stop = () => {}

/** The server: unreachable until `up` says otherwise, then it takes the answer. */
function server() {
  const state = { up: false, answers: 0 }
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    if (!state.up)
      throw new TypeError('Failed to fetch')
    if (url === '/api/surveys/answer') {
      state.answers++
      return Response.json({ accepted: true }, { status: 201 })
    }
    return Response.json({ error: 'not_found' }, { status: 404 })
  }))
  return state
}
const status = async () => (await db.ballotDrafts.get(CODE))?.status

beforeEach(async () => {
  await db.delete()
  await db.open()
  // Saved on the card page with no network; the tab was closed.
  await startDraft(CODE, BALLOT)
  await updateDraft(CODE, { answers: {}, status: 'queued' })
})
afterEach(() => {
  stop()
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('a survey answer saved on the phone leaves from whatever page is open', () => {
  it('when the network returns while another page (the sign-in) is open', async () => {
    const network = server()
    await mountAt('/login')
    stop = sendQueuedAnswersFromAnyPage()
    await new Promise(resolve => setTimeout(resolve, 20))
    expect(await status()).toBe('queued')
    network.up = true
    globalThis.dispatchEvent(new Event('online'))
    await vi.waitFor(async () => expect(await status()).toBe('sent'))
    expect(network.answers).toBe(1)
  })

  it('and tries again on a timer when the phone was online but the server did not answer (no `online` fires)', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] })
    const network = server()
    stop = sendQueuedAnswersFromAnyPage()
    await new Promise(resolve => setTimeout(resolve, 20))
    expect(await status()).toBe('queued')
    network.up = true
    vi.advanceTimersByTime(ANSWER_RETRY_MS)
    await vi.waitFor(async () => expect(await status()).toBe('sent'))
    expect(network.answers).toBe(1)
  })

  it('takes «card used» after a gateway\'s 502 as its own answer counted, not as a refusal', async () => {
    // The server counted the answer, then a proxy lost its reply: the retry finds the card used.
    let calls = 0
    vi.stubGlobal('fetch', vi.fn(async () => (++calls === 1
      ? new Response('Bad Gateway', { status: 502 })
      : Response.json({ error: 'ballot_used', message: 'used' }, { status: 409 }))))
    await sendQueued()
    expect(await db.ballotDrafts.get(CODE)).toMatchObject({ status: 'queued', uncertain: true })
    await sendQueued()
    expect(await db.ballotDrafts.get(CODE)).toMatchObject({ status: 'sent' })
    expect(calls).toBe(2)
  })
})
