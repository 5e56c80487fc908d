import type { Kysely } from 'kysely'

/*
 * The audit log (152-ФЗ: who changed what, and when). One row per write a push applied (or an erasure), keyed
 * by the version the write took. It names the fields a change touched, never their values: the log itself
 * holds no personal data beyond who acted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('audit_log')
    .addColumn('school_id', 'text', col => col.notNull().references('schools.id'))
    .addColumn('version', 'integer', col => col.notNull())
    .addColumn('at', 'text', col => col.notNull())
    .addColumn('user_id', 'text', col => col.notNull())
    .addColumn('entity', 'text', col => col.notNull())
    .addColumn('record_id', 'text', col => col.notNull())
    .addColumn('action', 'text', col => col.notNull())
    .addColumn('fields', 'text', col => col.notNull())
    .addPrimaryKeyConstraint('audit_log_pk', ['school_id', 'version'])
    .execute()
  await db.schema.createIndex('audit_log_record').on('audit_log').columns(['school_id', 'entity', 'record_id']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute()
}
