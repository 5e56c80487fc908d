import { expect } from 'vitest'
import { ENTITIES, specOf } from '#shared/sync/entities'
import { ENTITY_NAMES } from '#shared/sync/entityNames'
import type { Change, PullResponse } from '#shared/sync/protocol'
import type { SimServer } from './simServer.ts'
import type { EditedTogether, Entitled, SimClient } from './simulation.ts'

/* What must hold after a seeded run once the network has healed (DESIGN.md, Tests). */

/**
 * Everything a mentor did while the server gave him the pair reached it: none refused as another's pair, however
 * the pair moved before his phone synced, unless the pair itself was deleted. A meeting he logged is there (unless refused for a reason of its own),
 * kept with him as the mentor who held it.
 */
export async function expectEntitledArrived(server: SimServer, schoolId: string, entitled: readonly Entitled[]): Promise<void> {
  const refusals = await server.storage.db.selectFrom('rejections').select(['client_id', 'seq', 'problem']).where('school_id', '=', schoolId).execute()
  const refused = new Map(refusals.map(r => [`${r.client_id}:${r.seq}`, r.problem ?? '']))
  const problem = (work: Entitled) => refused.get(`${work.clientId}:${work.seq}`)
  // A pair deleted meanwhile takes its work along: that refusal stays on the phone like any other.
  const deletedPairs = new Set((await server.storage.db.selectFrom('records').select('id').where('school_id', '=', schoolId).where('entity', '=', 'pairs').where('deleted', '=', 1).execute()).map(r => r.id))
  const notHis = entitled.filter(work => !deletedPairs.has(work.pairId) && ['foreign_pair', 'move_to_foreign_pair'].includes(problem(work) ?? ''))
  expect(notHis.map(w => `${w.work} ${w.id}`), 'work done while the pair was the mentor\'s was refused as another\'s').toEqual([])
  const meetings = new Map((await server.storage.db.selectFrom('records').select(['id', 'deleted', 'data']).where('school_id', '=', schoolId).where('entity', '=', 'meetings').execute()).map(r => [r.id, r]))
  for (const work of entitled.filter(w => w.work === 'logged' && problem(w) === undefined)) {
    const meeting = meetings.get(work.id)
    expect(meeting, `meeting ${work.id} logged in entitlement never arrived`).toBeDefined()
    if (meeting?.deleted === 0)
      expect((JSON.parse(meeting.data) as { mentorId: string }).mentorId, `meeting ${work.id} lost the mentor who held it`).toBe(work.personId)
  }
}

/** Each conflict is on the devices of both its authors that hold its record, and on the curator's. */
export async function expectConflictsShown(server: SimServer, schoolId: string, clients: readonly SimClient[]): Promise<void> {
  const conflicts = (await server.storage.db.selectFrom('records').select(['id', 'data']).where('school_id', '=', schoolId).where('entity', '=', 'conflicts').where('deleted', '=', 0).execute())
    .map(r => ({ id: r.id, ...JSON.parse(r.data) as { recordId: string, entity: string, keptBy: string, overwrittenBy: string } }))
  const users = new Map((await server.storage.db.selectFrom('users').select(['id', 'person_id']).where('school_id', '=', schoolId).execute()).map(u => [u.id, u.person_id]))
  for (const conflict of conflicts) {
    for (const client of clients) {
      const author = [conflict.keptBy, conflict.overwrittenBy].some(user => users.get(user) === client.personId)
      const holdsRecord = (await client.db.table(conflict.entity).get(conflict.recordId) as { deleted: number } | undefined)?.deleted === 0
      if (client.role === 'curator' || (author && holdsRecord))
        expect(await client.db.conflicts.get(conflict.id), `${client.name} was not shown conflict ${conflict.id}`).toBeDefined()
    }
  }
}

/**
 * Two devices that wrote one field unaware of each other both hear of it: when both writes were applied, the server
 * recorded a conflict on that field (with one of them, or with a write between them), and each of the two devices
 * that still holds the record holds a conflict on it.
 */
export async function expectEditsTogetherConflict(server: SimServer, schoolId: string, together: readonly EditedTogether[], processed: ReadonlyMap<string, string>): Promise<void> {
  const recorded = (await server.storage.db.selectFrom('records').select('data').where('school_id', '=', schoolId).where('entity', '=', 'conflicts').execute())
    .map(r => JSON.parse(r.data) as { recordId: string, field: string })
  for (const { recordId, field, by } of together) {
    if (!by.every(({ client, seq }) => processed.get(`${client.clientId}:${seq}`) === 'applied'))
      continue
    expect(recorded.some(c => c.recordId === recordId && c.field === field), `no conflict recorded on ${field} of ${recordId}, written by ${by.map(b => b.client.name).join(' and ')}`).toBe(true)
    for (const { client } of by) {
      if ((await client.db.meetings.get(recordId))?.deleted !== 0)
        continue
      const shown = await client.db.conflicts.filter(c => c.recordId === recordId && c.field === field).count()
      expect(shown, `${client.name} was not shown the conflict on ${field} of ${recordId}`).toBeGreaterThan(0)
    }
  }
}

export async function expectConverged(server: SimServer, client: SimClient, processed: ReadonlyMap<string, string>): Promise<void> {
  expect(client.lastFailure, `${client.name}'s last sync failed`).toBeNull()
  expect(await client.db.outbox.count(), `${client.name} still has unsent changes`).toBe(0)
  for (const seq of client.made.keys())
    expect(processed.has(`${client.clientId}:${seq}`), `${client.name} mutation ${seq} never reached the server`).toBe(true)
  // Nothing is dropped without the person's action: every refusal the server sent waits on the device, with the record.
  const refused = [...client.made].filter(([seq]) => processed.get(`${client.clientId}:${seq}`) === 'rejected')
  const kept = await client.db.rejections.toArray()
  expect(kept.length, `${client.name} keeps another number of refusals than it was sent`).toBe(refused.length)
  for (const [seq, entry] of refused) {
    const rejection = entry && kept.find(r => r.entity === entry.entity && r.recordId === entry.id && r.madeAt === entry.at)
    expect(rejection?.record?.id, `${client.name} lost refused mutation ${seq} or its record (${entry?.entity} ${entry?.id})`).toBe(entry?.id)
  }
  const expected = await fullScope(server, client.token)
  const actual = new Map<string, unknown>()
  for (const entity of ENTITY_NAMES) {
    for (const record of await client.db.table(entity).where('deleted').equals(0).toArray()) {
      const { id, updatedAt: _u, deleted: _d, ...fields } = record as { id: string } & Record<string, unknown>
      actual.set(`${entity}:${id}`, fields)
    }
  }
  expect(Object.fromEntries(actual), `${client.name} replica differs from the server`).toEqual(Object.fromEntries(expected))
}

async function fullScope(server: SimServer, token: string): Promise<Map<string, unknown>> {
  const rows = new Map<string, unknown>()
  let cursor: string | null = null
  for (;;) {
    const { body } = await server.post('/api/sync/pull', token, { protocol: 1, cursor })
    const page = body as PullResponse
    for (const change of page.changes.filter(c => !c.deleted))
      rows.set(`${change.entity}:${change.id}`, change.fields)
    cursor = page.cursor
    if (!page.more)
      return rows
  }
}

export async function outOfMentorScope(server: SimServer, schoolId: string, personId: string, changes: Change[]): Promise<string[]> {
  const found: string[] = []
  const db = server.storage.db
  const pairs = await db.selectFrom('records').select(['id', 'data']).where('school_id', '=', schoolId).where('entity', '=', 'pairs').where('ref_id', '=', personId).where('deleted', '=', 0).execute()
  const pairIds = new Set(pairs.map(p => p.id))
  const people = new Set([personId, ...pairs.flatMap(p => (JSON.parse(p.data) as { menteeIds: string[] }).menteeIds)])
  const programs = new Set(pairs.map(p => (JSON.parse(p.data) as { programId: string }).programId))
  // Named campaigns addressed to mentors of those programs, and their templates.
  const campaigns = (await db.selectFrom('records').select(['id', 'data']).where('school_id', '=', schoolId).where('entity', '=', 'surveyCampaigns').where('deleted', '=', 0).execute())
    .map(c => ({ id: c.id, ...JSON.parse(c.data) as { mode: string, audience: string, programId: string, templateId: string } }))
    .filter(c => c.mode === 'named' && c.audience === 'mentor' && programs.has(c.programId))
  const surveys = new Set(campaigns.flatMap(c => [c.id, c.templateId]))
  for (const change of changes) {
    const allowed: readonly string[] | undefined = specOf(change.entity).personFields
    const extra = allowed ? Object.keys(change.fields).filter(key => !allowed.includes(key)) : []
    if (extra.length)
      found.push(`${change.entity} ${change.id} sent fields a mentor may not hold: ${extra.join(', ')}`)
    const row = await db.selectFrom('records').select('ref_id').where('school_id', '=', schoolId).where('entity', '=', change.entity).where('id', '=', change.id).executeTakeFirst()
    const inScope = change.entity === 'pairs'
      ? pairIds.has(change.id)
      : ENTITIES[change.entity].writers === 'pairMentor'
        ? pairIds.has(row?.ref_id ?? '')
        : change.entity === 'people'
          ? people.has(change.id)
          : change.entity === 'surveyResponses'
            ? row?.ref_id === personId
            : change.entity.startsWith('survey') ? surveys.has(change.id) : programs.has(change.id)
    if (!inScope)
      found.push(`${change.entity} ${change.id} left the mentor's scope`)
  }
  return found
}
