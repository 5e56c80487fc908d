import { expect } from 'vitest'
import type { BallotView, IssuedBallots } from '#shared/api/surveys'
import { db } from '../../../src/app/db/index.ts'
import { saveAnswers, startDraft, updateDraft } from '../../../src/app/features/surveys/answer/ballotDrafts.ts'
import { sendQueued } from '../../../src/app/features/surveys/answer/sendQueue.ts'
import { type Faults, RELIABLE } from './lossyTransport.ts'
import type { Random } from './random.ts'
import type { SimServer } from './simServer.ts'

/**
 * A student's phone answering the school's anonymous survey by card codes, with the app's own queue
 * (ballotDrafts.ts, sendQueue.ts) over the app's `api()`: the phone's `fetch` is this lossy one. Answers are
 * saved offline and leave whenever the queue is next run; each must count exactly once.
 */
export class Respondent {
  faults: Faults = RELIABLE
  private readonly cards: string[]
  readonly answered: string[] = []

  private constructor(private readonly server: SimServer, private readonly random: Random, private readonly address: string, cards: string[]) {
    this.cards = cards
  }

  /** Cards printed for the campaign; the phone's database (one per process, the app's) starts empty. */
  static async start(server: SimServer, random: Random, seed: number, curatorToken: string, campaignId: string): Promise<Respondent> {
    const issued = await server.post(`/api/surveys/campaigns/${campaignId}/ballots`, curatorToken, { count: 4 })
    expect(issued.status, 'ballots not issued').toBe(201)
    await db.ballotDrafts.clear()
    const respondent = new Respondent(server, random, `10.${(seed >> 16) & 255}.${(seed >> 8) & 255}.${seed & 255}`, (issued.body as IssuedBallots).codes)
    globalThis.fetch = (url, init) => respondent.fetch(url as string, init ?? {})
    return respondent
  }

  /** A card opened once online, then answered with no network: the answer waits in the queue. */
  async answerOffline(): Promise<void> {
    const code = this.cards.pop()
    if (!code)
      return
    const opened = await this.server.fetch(`/api/surveys/ballot/${code}`, {}, this.address)
    const view = await opened.json() as BallotView
    await startDraft(code, view)
    await saveAnswers(code, { [view.items[0]!.key]: this.random.int(1, 10) })
    await updateDraft(code, { status: 'queued' })
    this.answered.push(code)
  }

  /** The app sends what waits, as it does at start, on `online` and on its timer. */
  send = (): Promise<void> => sendQueued()

  private async fetch(url: string, init: RequestInit): Promise<Response> {
    if (this.random.chance(this.faults.dropRequest))
      throw new TypeError('Failed to fetch')
    let response = await this.server.fetch(url, init, this.address)
    if (this.random.chance(this.faults.duplicate))
      response = await this.server.fetch(url, init, this.address)
    if (this.random.chance(this.faults.dropResponse))
      throw new TypeError('Failed to fetch')
    return response
  }
}

/** Once the network is back, every answer saved on the phone has left and counts once: one answer, one used card each. */
export async function expectAnswersCounted(server: SimServer, schoolId: string, campaignId: string, respondent: Respondent): Promise<void> {
  respondent.faults = RELIABLE
  await respondent.send()
  const drafts = await db.ballotDrafts.toArray()
  expect(drafts.filter(d => d.status !== 'sent').map(d => `${d.code} ${d.status} ${d.problem ?? ''} ${d.uncertain}`), 'an answer saved on the phone never left').toEqual([])
  const answers = await server.storage.db.selectFrom('survey_answers').select('pseudonym').where('school_id', '=', schoolId).where('campaign_id', '=', campaignId).execute()
  expect(answers.length, 'anonymous answers counted').toBe(respondent.answered.length)
  expect(new Set(answers.map(a => a.pseudonym)).size, 'a card counted twice').toBe(answers.length)
  const used = await server.storage.db.selectFrom('ballots').select('code_hash').where('school_id', '=', schoolId).where('campaign_id', '=', campaignId).where('used_at', 'is not', null).execute()
  expect(used.length, 'cards used').toBe(respondent.answered.length)
}
