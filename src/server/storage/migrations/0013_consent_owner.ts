import type { Kysely } from 'kysely'
import type { Database } from '../schema.ts'

/*
 * A consent is now found by its person (`ref_id`, on the records' owner index): a push judges a pair by its
 * members' consents, not by every consent of the school. Consents written before carry their person only in
 * `data`; this gives them the owner a write now sets.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const records = db as unknown as Kysely<Database>
  const consents = await records.selectFrom('records').select(['school_id', 'id', 'data'])
    .where('entity', '=', 'consents').where('ref_id', 'is', null).execute()
  for (const consent of consents) {
    const { personId } = JSON.parse(consent.data) as { personId?: unknown }
    if (typeof personId !== 'string')
      continue
    await records.updateTable('records').set({ ref_id: personId })
      .where('school_id', '=', consent.school_id).where('entity', '=', 'consents').where('id', '=', consent.id)
      .execute()
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await (db as unknown as Kysely<Database>).updateTable('records').set({ ref_id: null }).where('entity', '=', 'consents').execute()
}
