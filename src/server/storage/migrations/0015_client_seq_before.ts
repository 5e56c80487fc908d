import type { Kysely } from 'kysely'

/*
 * A device's last seq before its latest push. The push moves `last_seq` on and reads the one it replaces in the
 * same UPDATE (`SET seq_before = last_seq` sees the row as it was), so taking the device's row and recording
 * its batch are one statement instead of a read, a lock and a write at the end.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('client_state').addColumn('seq_before', 'bigint', col => col.notNull().defaultTo(0)).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('client_state').dropColumn('seq_before').execute()
}
