import type { Kysely } from 'kysely'
import type { SurveyItem } from '#shared/model/surveyTemplate'
import type { Answers, AnswerValue } from '#shared/surveys/answers'
import type { AuthContext } from '../auth/guard.ts'
import type { DbKind } from '../storage/db.ts'
import type { Database } from '../storage/schema.ts'
import type { DemoMutation } from './generate.ts'
import { localCalendarDate } from '#shared/dates'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { BUILTIN_TEMPLATES } from '#shared/surveys/builtinTemplates'
import { submitAnswer } from '../surveys/answer.ts'
import { issueBallots } from '../surveys/ballots.ts'
import { ownTransaction } from '../storage/groupCommit.ts'
import { push } from '../sync/push.ts'
import { Random } from './random.ts'

const CARDS_PER_ISSUE = 500

/** A scale answer leaning to the satisfied end, a little higher at exit, as real programmes report. */
function answerItem(item: SurveyItem, random: Random, lift: number): AnswerValue | undefined {
  switch (item.kind) {
    case 'scale': return Math.min(10, Math.max(1, random.int(4, 9) + lift))
    case 'single': return item.options?.[random.int(0, item.options.length - 1)]
    case 'multiple': return item.options?.slice(0, random.int(1, Math.min(2, item.options.length)))
    case 'text': return undefined
  }
}

/**
 * The mentees' entry and exit questionnaires of the demo's first programme, asked anonymously on printed
 * cards: `cards` cards answer at entry and about four in five again at exit. Everything goes through the
 * real paths (push for the records, the ballot and answer functions for the cards), so the results pages
 * and the benchmark read what a school would have.
 */
export async function applyDemoSurveys(db: Kysely<Database>, kind: DbKind, auth: AuthContext, mutations: readonly DemoMutation[], cards: number, seed: number): Promise<number> {
  const program = mutations.find(m => m.entity === 'programs')
  if (!program || cards <= 0)
    return 0
  const random = new Random(seed, Date.parse('2026-01-01T00:00:00Z'))
  const today = localCalendarDate()
  const { startDate, endDate } = program.fields as { startDate: string, endDate: string }
  const phases = (['entry', 'exit'] as const).map((phase) => {
    const builtin = BUILTIN_TEMPLATES.find(b => b.audience === 'mentee' && b.phase === phase)!
    return { phase, builtin, templateId: uuidv7(), campaignId: uuidv7() }
  })
  const records = phases.flatMap(({ phase, builtin, templateId, campaignId }) => [
    { entity: 'surveyTemplates', id: templateId, op: 'upsert', fields: { name: builtin.name, audience: 'mentee', phase, version: 1, items: builtin.items, basedOn: '' } },
    { entity: 'surveyCampaigns', id: campaignId, op: 'upsert', fields: { templateId, templateVersion: 1, programId: program.id, audience: 'mentee', phase, mode: 'anonymous', opensOn: startDate < today ? startDate : today, closesOn: endDate > today ? endDate : today } },
  ])
  const at = new Date().toISOString()
  await push(ownTransaction(db), auth, { protocol: PROTOCOL_VERSION, clientId: uuidv7(), mutations: records.map((m, i) => ({ ...m, seq: i + 1, at })) as never })

  const [entry, exit] = phases as [typeof phases[0], typeof phases[0]]
  const codes: string[] = []
  while (codes.length < cards)
    codes.push(...(await issueBallots(db, auth.schoolId, entry.campaignId, { count: Math.min(CARDS_PER_ISSUE, cards - codes.length) })).codes)
  await issueBallots(db, auth.schoolId, exit.campaignId, { sameCardsAs: entry.campaignId })

  let answered = 0
  for (const [{ builtin, campaignId }, lift, share] of [[entry, 0, 1], [exit, 1, 0.8]] as const) {
    for (const code of codes.filter(() => random.chance(share))) {
      const answers: Answers = Object.fromEntries(builtin.items.flatMap((item) => {
        const value = answerItem(item, random, lift)
        return value === undefined ? [] : [[item.key, value] as const]
      }))
      await submitAnswer(db, kind, { code, campaignId, templateVersion: 1, answers })
      answered++
    }
  }
  return answered
}
