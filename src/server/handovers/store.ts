import type { Kysely } from 'kysely'
import * as v from 'valibot'
import type { Handover, HandoverRequest } from '#shared/api/handovers'
import { ownFields, specOf } from '#shared/sync/entities'
import type { AuthContext } from '../auth/guard.ts'
import { HttpError } from '../http/errors.ts'
import type { Database } from '../storage/schema.ts'

/**
 * Keeps a handed-over record: only the entity's own fields, and only a record the registry would accept whole
 * (text with no damaged characters, sizes within limits), since the curator's acceptance writes it as it is.
 * Sending the same one again changes nothing: its id is the author's.
 */
export async function keepHandover(db: Kysely<Database>, auth: AuthContext, request: HandoverRequest, now: string): Promise<void> {
  const own = Object.fromEntries(ownFields(request.entity, Object.keys(request.record)).map(name => [name, request.record[name]]))
  const checked = v.safeParse(specOf(request.entity).full, own)
  if (!checked.success)
    throw new HttpError(400, 'bad_request', { problem: 'handover_invalid' })
  const author = await db.selectFrom('users').select('name').where('school_id', '=', auth.schoolId).where('id', '=', auth.userId).executeTakeFirst()
  await db.insertInto('handovers').values({
    school_id: auth.schoolId,
    id: request.id,
    user_id: auth.userId,
    author: author?.name ?? '',
    entity: request.entity,
    record_id: request.recordId,
    record: JSON.stringify(checked.output),
    problem: request.problem ?? null,
    made_at: request.madeAt,
    sent_at: now,
  }).onConflict(oc => oc.columns(['school_id', 'id']).doNothing()).execute()
}

export async function openHandovers(db: Kysely<Database>, schoolId: string): Promise<Handover[]> {
  const rows = await db.selectFrom('handovers').selectAll().where('school_id', '=', schoolId).where('status', '=', 'open').orderBy('sent_at').execute()
  return rows.map(row => ({
    id: row.id,
    entity: row.entity as Handover['entity'],
    recordId: row.record_id,
    record: JSON.parse(row.record) as Record<string, unknown>,
    author: row.author,
    problem: row.problem,
    madeAt: row.made_at,
    sentAt: row.sent_at,
  }))
}

export async function decideHandover(db: Kysely<Database>, auth: AuthContext, id: string, status: 'accepted' | 'set_aside', now: string): Promise<void> {
  const result = await db.updateTable('handovers').set({ status, resolved_by: auth.userId, resolved_at: now })
    .where('school_id', '=', auth.schoolId).where('id', '=', id).where('status', '=', 'open').executeTakeFirst()
  if (!result.numUpdatedRows)
    throw new HttpError(404, 'not_found', { problem: 'handover_not_found' })
}
