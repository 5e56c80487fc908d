import type { Kysely } from 'kysely'
import type { Database } from '../storage/schema.ts'
import { randomBytes } from 'node:crypto'
import { keyed } from './codes.ts'

const readSecret = async (db: Kysely<Database>, schoolId: string) =>
  (await db.selectFrom('survey_secrets').select('secret').where('school_id', '=', schoolId).executeTakeFirst())?.secret

/**
 * The school's survey secret, made the first time anything of its surveys is answered or read. The same
 * transaction keys the answers stored without one (before migration 0006, or restored from an older backup)
 * and gives them their places in the order they were received, so they pair and publish like any other.
 * Of two first uses racing, one inserts the row (PostgreSQL holds the other on the key until it commits).
 */
export async function surveySecret(db: Kysely<Database>, schoolId: string): Promise<string> {
  const found = await readSecret(db, schoolId)
  if (found !== undefined)
    return found
  return db.transaction().execute(async (trx) => {
    const secret = randomBytes(32).toString('base64url')
    const made = await trx.insertInto('survey_secrets')
      .values({ school_id: schoolId, secret, last_seq: 0, created_at: new Date().toISOString() })
      .onConflict(oc => oc.column('school_id').doNothing())
      .executeTakeFirst()
    if (made.numInsertedOrUpdatedRows !== 1n)
      return (await readSecret(trx, schoolId))!
    const stored = await trx.selectFrom('survey_answers').select(['campaign_id', 'pseudonym'])
      .where('school_id', '=', schoolId)
      .orderBy('received_at').orderBy('campaign_id').orderBy('pseudonym')
      .execute()
    for (const [i, row] of stored.entries()) {
      await trx.updateTable('survey_answers').set({ pseudonym: keyed(secret, row.pseudonym), seq: i + 1 })
        .where('school_id', '=', schoolId).where('campaign_id', '=', row.campaign_id).where('pseudonym', '=', row.pseudonym)
        .execute()
    }
    await trx.updateTable('survey_secrets').set({ last_seq: stored.length }).where('school_id', '=', schoolId).execute()
    return secret
  })
}
