import type { Transaction } from 'kysely'
import type { Database } from '../storage/schema.ts'
import { ERASED_PERSON_NAME } from '#shared/model/person'
import { recordKey } from '../records/row.ts'
import { chunks } from '../storage/chunks.ts'

/**
 * Refused changes are kept for their authors; after erasure those about an erased record, or carrying the
 * person's name anywhere (older servers stored the refused value in `reason` and `params`, a made-up entity
 * name in `entity`), would only keep what erasure removed. They go.
 */
export async function scrubRejections(trx: Transaction<Database>, schoolId: string, erased: ReadonlySet<string>, matcher: RegExp | null): Promise<void> {
  const rows = await trx.selectFrom('rejections').select(['id', 'entity', 'record_id', 'field', 'reason', 'params'])
    .where('school_id', '=', schoolId)
    .execute()
  const doomed = rows
    .filter(r => erased.has(recordKey(r.entity, r.record_id)) || (matcher?.test([r.entity, r.field, r.reason, r.params].join('\n')) ?? false))
    .map(r => r.id)
  for (const ids of chunks(doomed, 500))
    await trx.deleteFrom('rejections').where('school_id', '=', schoolId).where('id', 'in', ids).execute()
}

/**
 * A mentor's or mentee's account is named after its card, and the curator named its devices (often after the
 * person too): the account takes the erased card's name, its devices lose theirs.
 */
export async function eraseAccounts(trx: Transaction<Database>, schoolId: string, personId: string): Promise<void> {
  const accounts = trx.selectFrom('users').select('id').where('school_id', '=', schoolId).where('person_id', '=', personId)
  await trx.updateTable('sessions').set({ device_name: '' }).where('school_id', '=', schoolId).where('user_id', 'in', accounts).execute()
  await trx.updateTable('users').set({ name: ERASED_PERSON_NAME }).where('school_id', '=', schoolId).where('person_id', '=', personId).execute()
}

/**
 * Changes handed to the curator hold what people wrote, whole: those about an erased record, naming the erased
 * person's id (an attendee, a mentee) or name, or handed over from the person's own account, go.
 */
export async function scrubHandovers(trx: Transaction<Database>, schoolId: string, personId: string, erased: ReadonlySet<string>, matcher: RegExp | null): Promise<void> {
  const accounts = new Set((await trx.selectFrom('users').select('id').where('school_id', '=', schoolId).where('person_id', '=', personId).execute()).map(u => u.id))
  const rows = await trx.selectFrom('handovers').select(['id', 'user_id', 'entity', 'record_id', 'record', 'author']).where('school_id', '=', schoolId).execute()
  const doomed = rows
    .filter(r => erased.has(recordKey(r.entity, r.record_id)) || accounts.has(r.user_id) || r.record.includes(personId) || (matcher?.test(`${r.record}\n${r.author}`) ?? false))
    .map(r => r.id)
  for (const ids of chunks(doomed, 500))
    await trx.deleteFrom('handovers').where('school_id', '=', schoolId).where('id', 'in', ids).execute()
}
