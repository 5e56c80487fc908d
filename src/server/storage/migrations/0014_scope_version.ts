import type { Kysely } from 'kysely'

/*
 * The version of a school's last write to what a mentor's or mentee's scope is made of (sync/scopeInputs.ts): a
 * push or pull finds the scope it computed before still true while this and the epoch stand, instead of reading
 * the pairs, campaigns and consents again. 0 until the first such write after this migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('schools').addColumn('scope_version', 'bigint', col => col.notNull().defaultTo(0)).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('schools').dropColumn('scope_version').execute()
}
