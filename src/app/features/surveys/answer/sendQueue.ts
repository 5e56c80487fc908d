import type { ApiError } from '#shared/api/errors'
import type { AnswerAccepted, BallotView } from '#shared/api/surveys'
import { api, ApiFailure } from '../../../api/client.ts'
import { db } from '../../../db/index.ts'
import type { BallotDraft } from '../../../db/schema.ts'
import '../messages.ts'
import { t } from '../../../i18n/index.ts'
import { problemText } from '../../../i18n/problemText.ts'
import { ANSWER_RETRY_MS } from './retry.ts'

/*
 * The anonymous answer's own tiny queue. It must not ride the synced outbox: the outbox belongs to a signed-in
 * device (a respondent has no account), everything in it is replayed into the pulled `records` of the school
 * (an answer must never be readable back), and its entries name the device's client id, which would sit next
 * to the answer. Here a queued answer is one row of `ballotDrafts`, sent with nothing but the card's code.
 */

type Outcome = Pick<BallotDraft, 'status'> & Partial<Pick<BallotDraft, 'problem' | 'sentAt' | 'ballot' | 'answers' | 'uncertain'>>

function refusal(error: ApiFailure, draft: BallotDraft): Outcome | null {
  // A template_outdated refusal also carries the current questionnaire.
  const body: (ApiError & { ballot?: BallotView }) | null = error.body
  switch (body?.error) {
    case 'template_outdated': {
      // The questionnaire changed: show the new one, keeping the answers to the questions it still asks.
      const ballot = body.ballot ?? draft.ballot
      const keys = new Set(ballot.items.map(i => i.key))
      const answers = Object.fromEntries(Object.entries(draft.answers).filter(([key]) => keys.has(key)))
      return { status: 'editing', ballot, answers, problem: t('surveys.answer.errors.template_outdated') }
    }
    case 'ballot_used':
      // An earlier attempt that lost its reply most likely counted: that is this phone's own answer.
      return draft.uncertain ? { status: 'sent', sentAt: new Date().toISOString() } : { status: 'refused', problem: t('surveys.answer.errors.ballot_used') }
    case 'ballot_unknown':
    case 'campaign_closed':
    case 'campaign_not_open':
      return { status: 'refused', problem: t(`surveys.answer.errors.${body.error}`) }
    case 'bad_request':
      return { status: 'editing', problem: problemText(body) || t('errors.bad_request') }
    default:
      return null // network, 429, 5xx: try again later
  }
}

async function sendOne(draft: BallotDraft): Promise<void> {
  let outcome: Outcome | null
  try {
    await api<AnswerAccepted>('/surveys/answer', { body: { code: draft.code, campaignId: draft.ballot.campaignId, templateVersion: draft.ballot.templateVersion, answers: draft.answers } })
    outcome = { status: 'sent', sentAt: new Date().toISOString(), problem: undefined }
  } catch (error) {
    if (!(error instanceof ApiFailure))
      throw error
    outcome = refusal(error, draft)
    // No answer, or a gateway's 5xx: the server may have counted it before the reply was lost, so a later
    // «card used» is most likely this phone's own answer (see `refusal`).
    if (!outcome && (error.status === 0 || error.status >= 500))
      outcome = { status: 'queued', uncertain: true }
  }
  if (outcome)
    await db.ballotDrafts.update(draft.code, outcome)
}

let running: Promise<void> | null = null

/** Sends every queued answer on this phone, one at a time; a second call while one runs joins it. */
export function sendQueued(): Promise<void> {
  running ??= (async () => {
    try {
      for (const draft of await db.ballotDrafts.where('status').equals('queued').toArray())
        await sendOne(draft)
    } finally {
      running = null
    }
  })()
  return running
}

/** While the page is open: send now, when the phone comes online, and every half minute (no Background Sync). */
export function keepSending(): () => void {
  const send = () => void sendQueued().catch(error => console.error('sending answers failed', error))
  send()
  globalThis.addEventListener('online', send)
  const timer = setInterval(send, ANSWER_RETRY_MS)
  return () => {
    globalThis.removeEventListener('online', send)
    clearInterval(timer)
  }
}
