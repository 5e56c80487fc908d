import type { Kysely } from 'kysely'
import * as v from 'valibot'
import type { Handover, HandoverRequest } from '#shared/api/handovers'
import { ownFields, specOf } from '#shared/sync/entities'
import type { EntityName } from '#shared/sync/entityNames'
import type { AuthContext } from '../auth/guard.ts'
import { HttpError } from '../http/errors.ts'
import type { Write } from '../storage/dialect.ts'
import type { Database } from '../storage/schema.ts'

/** The record's own fields, if the registry would accept it whole: nothing a device made up, nothing the curator could not enter as it is. */
function enterable(entity: EntityName, record: Readonly<Record<string, unknown>>): Record<string, unknown> | null {
  const own = Object.fromEntries(ownFields(entity, Object.keys(record)).map(name => [name, record[name]]))
  const checked = v.safeParse(specOf(entity).full, own)
  return checked.success ? checked.output : null
}

/**
 * Keeps a handed-over record: only the entity's own fields, and only a record the registry would accept whole
 * (text with no damaged characters, sizes within limits), since the curator's acceptance writes it as it is.
 * Sending the same one again changes nothing: its id is the author's; and one the server already kept when it
 * refused it (same author, record and moment) is not listed twice.
 */
export async function keepHandover(db: Kysely<Database>, auth: AuthContext, request: HandoverRequest, now: string): Promise<void> {
  const record = enterable(request.entity, request.record)
  if (!record)
    throw new HttpError(400, 'bad_request', { problem: 'handover_invalid' })
  const kept = await db.selectFrom('handovers').select('id').where('school_id', '=', auth.schoolId).where('user_id', '=', auth.userId)
    .where('entity', '=', request.entity).where('record_id', '=', request.recordId).where('made_at', '=', request.madeAt).executeTakeFirst()
  if (kept)
    return
  await db.insertInto('handovers').values({
    school_id: auth.schoolId,
    id: request.id,
    user_id: auth.userId,
    author: auth.userName,
    entity: request.entity,
    record_id: request.recordId,
    record: JSON.stringify(record),
    problem: request.problem ?? null,
    made_at: request.madeAt,
    sent_at: now,
  }).onConflict(oc => oc.columns(['school_id', 'id']).doNothing()).execute()
}

/** A change the server refused: the record as it would have been, under the id of the refusal's row. */
export interface RefusedChange {
  rejectionId: string
  entity: EntityName
  recordId: string
  record: Record<string, unknown>
  problem: string
  madeAt: string
}

/**
 * What the server refuses is listed for the curator at once, with its content, whether or not its author hands
 * it over: the curator can enter it on the author's behalf (#17). Kept under the rules of a handover (own
 * fields, an enterable record). A curator's own refusals are not: the curator holds them already. The insert is
 * returned unrun, to go with the push's other writes.
 */
export function keepRefused(db: Kysely<Database>, auth: AuthContext, refused: readonly RefusedChange[], now: string): Write[] {
  if (auth.role === 'curator')
    return []
  // Conflicts are the server's own; an answer is its respondent's alone, never the curator's to enter.
  const rows = refused.filter(change => change.entity !== 'conflicts' && specOf(change.entity).writers !== 'respondent').flatMap((change) => {
    const record = enterable(change.entity, change.record)
    return record ? [{ change, record }] : []
  })
  if (!rows.length)
    return []
  return [db.insertInto('handovers').values(rows.map(({ change, record }) => ({
    school_id: auth.schoolId,
    id: change.rejectionId,
    user_id: auth.userId,
    author: auth.userName,
    entity: change.entity,
    record_id: change.recordId,
    record: JSON.stringify(record),
    problem: change.problem,
    made_at: change.madeAt,
    sent_at: now,
  })))]
}

/** The school's open handovers, each marked when the server kept it on refusing it (its id is the refusal's). */
export async function openHandovers(db: Kysely<Database>, schoolId: string): Promise<Handover[]> {
  const rows = await db.selectFrom('handovers')
    .leftJoin('rejections', join => join.onRef('rejections.school_id', '=', 'handovers.school_id').onRef('rejections.id', '=', 'handovers.id'))
    .selectAll('handovers').select('rejections.id as rejection_id')
    .where('handovers.school_id', '=', schoolId).where('handovers.status', '=', 'open').orderBy('handovers.sent_at').execute()
  return rows.map(row => ({
    id: row.id,
    entity: row.entity as Handover['entity'],
    recordId: row.record_id,
    record: JSON.parse(row.record) as Record<string, unknown>,
    author: row.author,
    problem: row.problem,
    madeAt: row.made_at,
    sentAt: row.sent_at,
    refused: row.rejection_id !== null,
  }))
}

export async function decideHandover(db: Kysely<Database>, auth: AuthContext, id: string, status: 'accepted' | 'set_aside', now: string): Promise<void> {
  const result = await db.updateTable('handovers').set({ status, resolved_by: auth.userId, resolved_at: now })
    .where('school_id', '=', auth.schoolId).where('id', '=', id).where('status', '=', 'open').executeTakeFirst()
  if (!result.numUpdatedRows)
    throw new HttpError(404, 'not_found', { problem: 'handover_not_found' })
}
