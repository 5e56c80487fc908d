import type { Kysely } from 'kysely'

/*
 * Anonymity against the school's own staff (src/server/surveys/README.md). A secret per school keys the card
 * pseudonyms, so whoever holds the printed codes cannot compute them; its row also numbers the school's
 * anonymous answers one after another, and results count only whole fives of them in that order.
 *
 * Nothing is recomputed here: answers stored before (and answers restored from an older backup) have no
 * secret row and `seq` 0, and the first use of the school's secret keys and numbers them (surveys/secret.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('survey_secrets')
    .addColumn('school_id', 'text', col => col.primaryKey().references('schools.id'))
    .addColumn('secret', 'text', col => col.notNull())
    // The place of the school's latest anonymous answer; answering takes the next one under this row's lock.
    .addColumn('last_seq', 'integer', col => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', col => col.notNull())
    .execute()
  await db.schema.alterTable('survey_answers').addColumn('seq', 'integer', col => col.notNull().defaultTo(0)).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('survey_answers').dropColumn('seq').execute()
  await db.schema.dropTable('survey_secrets').execute()
}
