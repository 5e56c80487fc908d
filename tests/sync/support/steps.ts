import { surveyResponseId } from '#shared/model/surveyResponse'
import type { SyncedRecords } from '#shared/sync/entities'
import type { EntityName } from '#shared/sync/entityNames'
import { mutate } from '../../../src/app/db/mutate.ts'
import type { Random } from './random.ts'
import type { MadeInPair, SimClient } from './simulation.ts'

type Fields<E extends EntityName> = Partial<Omit<SyncedRecords[E], 'id' | 'updatedAt' | 'deleted'>>

function program(n: number): Fields<'programs'> {
  return { name: `Программа ${n}`, form: 'ученик – ученик', startDate: '2026-09-01', endDate: '2027-05-31', goals: '', status: 'active' }
}

function person(n: number, mentor: boolean): Fields<'people'> {
  return {
    name: `Участник ${n}`,
    category: mentor ? 'teacher' : 'student',
    classGroup: mentor ? '' : '7А',
    birthDate: mentor ? '' : '2011-04-05',
    ovz: 0,
    gifted: 0,
    competencies: [],
    requests: mentor ? [] : ['математика'],
    isMentor: mentor ? 1 : 0,
    isMentee: mentor ? 0 : 1,
    notes: 'только куратору',
  }
}

/** A consent in force: the server refuses an active pair with anyone who has none. */
async function consent(client: SimClient, random: Random, personId: string): Promise<void> {
  await mutate(client.db, 'consents', random.id(), 'upsert', { personId, signedBy: 'self', guardianName: '', date: '2026-08-30', documentRef: '', withdrawnDate: '' })
}

/** A teacher mentor's written consent to the duties and its agreement (ТК РФ ст. 351.8). */
async function dutiesConsent(client: SimClient, random: Random, personId: string): Promise<void> {
  await mutate(client.db, 'consents', random.id(), 'upsert', {
    personId, kind: 'mentor_duties', signedBy: 'self', guardianName: '', date: '2026-08-30', documentRef: '', withdrawnDate: '',
    validFrom: '2026-09-01', validUntil: '2099-05-31', agreementNumber: 'ДС-1', agreementDate: '2026-08-30', payBasis: 'доплата по положению об оплате труда',
  })
}

async function live<E extends EntityName>(client: SimClient, entity: E): Promise<SyncedRecords[E][]> {
  return await client.db.table(entity).where('deleted').equals(0).toArray() as SyncedRecords[E][]
}

/**
 * The curator's starting point: the two mentors' cards, a program, mentees and a pair for each mentor, a named
 * survey of the mentors and an anonymous one of the mentees, whose id it returns.
 */
export async function seedSchool(curator: SimClient, mentorPeople: string[], random: Random): Promise<string> {
  const programId = random.id()
  await mutate(curator.db, 'programs', programId, 'upsert', program(0))
  for (const [i, mentorId] of mentorPeople.entries()) {
    await mutate(curator.db, 'people', mentorId, 'upsert', person(i, true))
    const menteeId = random.id()
    await mutate(curator.db, 'people', menteeId, 'upsert', person(10 + i, false))
    await consent(curator, random, mentorId)
    await dutiesConsent(curator, random, mentorId)
    await consent(curator, random, menteeId)
    const pairId = random.id()
    await mutate(curator.db, 'pairs', pairId, 'upsert', {
      programId,
      mentorId,
      menteeIds: [menteeId],
      startDate: '2026-09-01',
      plannedEndDate: '2027-05-31',
      status: 'active',
      endReason: '',
    })
    for (const position of [1, 2])
      await mutate(curator.db, 'planItems', random.id(), 'upsert', { pairId, title: `Пункт ${position}`, dueDate: '', status: 'planned', result: '', position })
  }
  if (random.chance(0.5))
    await mutate(curator.db, 'programs', random.id(), 'upsert', program(1))
  // A named questionnaire for the program's mentors, open whatever day the run happens on.
  const templateId = random.id()
  await mutate(curator.db, 'surveyTemplates', templateId, 'upsert', { name: 'Анкета наставника', audience: 'mentor', phase: 'exit', version: 1, items: [{ key: 'sat.a', kind: 'scale', text: 'Довольны?', required: true }], basedOn: '' })
  await mutate(curator.db, 'surveyCampaigns', random.id(), 'upsert', { templateId, templateVersion: 1, programId, audience: 'mentor', phase: 'exit', mode: 'named', opensOn: '2000-01-01', closesOn: '2999-12-31' })
  // And an anonymous one for the mentees, answered by card codes.
  const menteeTemplateId = random.id()
  const anonymousId = random.id()
  await mutate(curator.db, 'surveyTemplates', menteeTemplateId, 'upsert', { name: 'Анкета наставляемого', audience: 'mentee', phase: 'exit', version: 1, items: [{ key: 'sat.b', kind: 'scale', text: 'Полезно?', required: true }], basedOn: '' })
  await mutate(curator.db, 'surveyCampaigns', anonymousId, 'upsert', { templateId: menteeTemplateId, templateVersion: 1, programId, audience: 'mentee', phase: 'exit', mode: 'anonymous', opensOn: '2000-01-01', closesOn: '2999-12-31' })
  return anonymousId
}

export async function curatorStep(client: SimClient, random: Random, mentorPeople: string[]): Promise<void> {
  const n = random.int(100, 999)
  const roll = random.next()
  const pairs = await live(client, 'pairs')
  if (roll < 0.15)
    return void await mutate(client.db, 'programs', random.id(), 'upsert', program(n))
  if (roll < 0.3) {
    const menteeId = random.id()
    await mutate(client.db, 'people', menteeId, 'upsert', person(n, false))
    await consent(client, random, menteeId)
    const pair = random.pick(pairs)
    if (pair && random.chance(0.5))
      await mutate(client.db, 'pairs', pair.id, 'upsert', { menteeIds: [...pair.menteeIds, menteeId] })
    return
  }
  if (roll < 0.45) {
    const pair = random.pick(pairs)
    const mentorId = random.pick(mentorPeople)!
    if (pair)
      await mutate(client.db, 'pairs', pair.id, 'upsert', { mentorId })
    return
  }
  if (roll < 0.6) {
    const target = random.pick(await live(client, 'programs'))
    if (target)
      await mutate(client.db, 'programs', target.id, 'upsert', random.chance(0.2) ? { name: '' } : { goals: `Цель ${n}` })
    return
  }
  if (roll < 0.75) {
    const meeting = random.pick(await live(client, 'meetings'))
    if (meeting)
      await mutate(client.db, 'meetings', meeting.id, random.chance(0.4) ? 'delete' : 'upsert', random.chance(0.5) ? { topic: `Правка куратора ${n}` } : { notes: `Заметка куратора ${n}` })
    return
  }
  if (roll < 0.85) {
    const target = random.pick(await live(client, 'people'))
    if (target && !mentorPeople.includes(target.id))
      await mutate(client.db, 'people', target.id, random.chance(0.3) ? 'delete' : 'upsert', { notes: `Заметка ${n}` })
    return
  }
  const pair = random.pick(pairs)
  if (pair && random.chance(0.3))
    await mutate(client.db, 'pairs', pair.id, 'delete')
}

/** Work a mentor does in one of his pairs, noted with its outbox seq: what he was entitled to send if the pair was his. */
async function inPair(client: SimClient, work: MadeInPair['work'], id: string, pairId: string, write: () => Promise<unknown>): Promise<void> {
  await write()
  client.madeInPairs.push({ work, id, pairId, seq: (await client.db.outbox.orderBy('seq').last())!.seq! })
}

/** The mentor logs a meeting of his pair, held by him. */
export async function logMeeting(client: SimClient, random: Random, pairId: string): Promise<void> {
  const id = random.id()
  await inPair(client, 'logged', id, pairId, () => mutate(client.db, 'meetings', id, 'upsert', {
    pairId,
    date: `2026-10-${String(random.int(10, 28))}`,
    kind: 'work',
    durationMin: random.int(15, 90),
    format: 'in_person',
    attendeeIds: [],
    topic: `Встреча ${random.int(100, 999)}`,
    notes: '',
    planItemIds: [],
    nextDate: '',
    mentorId: client.personId!,
  }))
}

/** The mentor ticks an item of his pair's plan. */
export async function tickPlan(client: SimClient, random: Random, pairId: string): Promise<void> {
  const item = random.pick((await live(client, 'planItems')).filter(i => i.pairId === pairId))
  if (item)
    await inPair(client, 'ticked', item.id, pairId, () => mutate(client.db, 'planItems', item.id, 'upsert', { status: random.pick(['in_progress', 'done'] as const)!, result: `Итог ${client.name}` }))
}

export async function mentorStep(client: SimClient, random: Random): Promise<void> {
  const n = random.int(100, 999)
  const roll = random.next()
  const pairs = (await live(client, 'pairs')).filter(p => p.mentorId === client.personId)
  const meetings = await live(client, 'meetings')
  const pair = random.pick(pairs)
  if (roll < 0.4 && pair)
    return logMeeting(client, random, pair.id)
  if (roll < 0.5 && pair)
    return tickPlan(client, random, pair.id)
  const meeting = random.pick(meetings)
  if (roll < 0.75 && meeting) {
    const edit = random.pick([{ durationMin: 0 }, { notes: `Заметки ${client.name} ${n}`, durationMin: random.int(15, 90) }, { topic: `Тема наставника ${n}` }])!
    return inPair(client, 'edited', meeting.id, meeting.pairId, () => mutate(client.db, 'meetings', meeting.id, 'upsert', edit))
  }
  if (roll < 0.9 && meeting)
    return void await mutate(client.db, 'meetings', meeting.id, 'delete')
  // Two devices of one mentor answer under the same id; a mentor moved off the program is refused.
  const campaign = random.pick(await live(client, 'surveyCampaigns'))
  if (roll < 0.95 && campaign && client.personId) {
    const answer = { campaignId: campaign.id, personId: client.personId, templateVersion: campaign.templateVersion, answers: { 'sat.a': random.int(1, 10) } }
    return void await mutate(client.db, 'surveyResponses', surveyResponseId(campaign.id, client.personId), 'upsert', answer)
  }
  // Not a mentor's to change: the server must refuse and put its own copy back.
  const someone = random.pick(await live(client, 'people'))
  if (someone)
    await mutate(client.db, 'people', someone.id, 'upsert', { name: `Переименован ${n}` })
}
