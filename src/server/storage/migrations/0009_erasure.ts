import type { Kysely } from 'kysely'

/*
 * Where an erased person's name was still written when their data was erased: a record's free text (a meeting's
 * notes, a plan item's title…), found by searching for the name at that moment, the only one the server knows
 * it. Positions only (path, start, length and the record's version then), never the words themselves, so the
 * table holds no personal data; the curator's list reads the text from the record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('erasure_mentions')
    .addColumn('school_id', 'text', col => col.notNull().references('schools.id'))
    .addColumn('person_id', 'text', col => col.notNull())
    .addColumn('entity', 'text', col => col.notNull())
    .addColumn('record_id', 'text', col => col.notNull())
    .addColumn('path', 'text', col => col.notNull())
    .addColumn('version', 'integer', col => col.notNull())
    .addColumn('start', 'integer', col => col.notNull())
    .addColumn('length', 'integer', col => col.notNull())
    .addPrimaryKeyConstraint('erasure_mentions_pk', ['school_id', 'person_id', 'entity', 'record_id', 'path'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('erasure_mentions').execute()
}
