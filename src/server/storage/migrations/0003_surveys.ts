import type { Kysely } from 'kysely'

/*
 * Anonymous questionnaires (src/server/surveys/README.md). Neither table has a column that names a person or
 * an account, and nothing in the sync reads them: an answer goes in and only aggregates come out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('ballots')
    .addColumn('school_id', 'text', col => col.notNull().references('schools.id'))
    .addColumn('campaign_id', 'text', col => col.notNull())
    // sha256 of the card's code; the code itself exists only on the printed card.
    .addColumn('code_hash', 'text', col => col.notNull())
    .addColumn('created_at', 'text', col => col.notNull())
    .addColumn('used_at', 'text')
    .addPrimaryKeyConstraint('ballots_pk', ['school_id', 'campaign_id', 'code_hash'])
    .execute()
  // A respondent's phone names no school, so the code is looked up globally (like enrollments.code_hash).
  await db.schema.createIndex('ballots_code_hash').on('ballots').column('code_hash').execute()

  await db.schema.createTable('survey_answers')
    .addColumn('school_id', 'text', col => col.notNull().references('schools.id'))
    .addColumn('campaign_id', 'text', col => col.notNull())
    // The card's pseudonym: the same card gives the same one in entry and exit, and it names nobody.
    .addColumn('pseudonym', 'text', col => col.notNull())
    .addColumn('template_version', 'integer', col => col.notNull())
    .addColumn('answers', 'text', col => col.notNull())
    .addColumn('received_at', 'text', col => col.notNull())
    // One answer per card per campaign, even if two submits race past the ballot check.
    .addPrimaryKeyConstraint('survey_answers_pk', ['school_id', 'campaign_id', 'pseudonym'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('survey_answers').execute()
  await db.schema.dropTable('ballots').execute()
}
