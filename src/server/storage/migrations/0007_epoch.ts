import type { Kysely } from 'kysely'

/*
 * A school's epoch, carried in every pull cursor: a restore from backup gives every school a new one, so a
 * device that synced before the restore resets once instead of keeping records the restored database lacks.
 * '' is the epoch every school starts in (cursors written before epochs carry none, and match it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('schools').addColumn('epoch', 'text', col => col.notNull().defaultTo('')).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('schools').dropColumn('epoch').execute()
}
