import type { Kysely } from 'kysely'

/*
 * Which device made each logged write: a field another device changed after the one a push's author last saw
 * is a conflict (src/shared/model/fieldConflict.ts), but one the same device changed is not. Null for writes
 * before this column and for the server's own (erasure, handovers).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('client_id', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').dropColumn('client_id').execute()
}
