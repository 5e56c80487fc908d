import type { Kysely } from 'kysely'

/*
 * A change the server refused, handed to the curator by its author: the whole record as the author's device had
 * it (a meeting logged while the pair was theirs), for the curator to enter on the author's behalf or set aside.
 * It holds what people wrote, so erasure removes the ones that name an erased person (people/erase.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('handovers')
    .addColumn('school_id', 'text', col => col.notNull().references('schools.id'))
    .addColumn('id', 'text', col => col.notNull())
    .addColumn('user_id', 'text', col => col.notNull())
    .addColumn('author', 'text', col => col.notNull())
    .addColumn('entity', 'text', col => col.notNull())
    .addColumn('record_id', 'text', col => col.notNull())
    .addColumn('record', 'text', col => col.notNull())
    .addColumn('problem', 'text')
    .addColumn('made_at', 'text', col => col.notNull())
    .addColumn('sent_at', 'text', col => col.notNull())
    .addColumn('status', 'text', col => col.notNull().defaultTo('open'))
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'text')
    .addPrimaryKeyConstraint('handovers_pk', ['school_id', 'id'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('handovers').execute()
}
