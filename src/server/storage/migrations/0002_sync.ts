import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import { uuidv7 } from '#shared/ids'

// Migrations see the database as it was then, not as schema.ts says it is now, hence `unknown`.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Every synced record of every entity, one row each: the fields as JSON, so a new field needs no migration.
  await db.schema.createTable('records')
    .addColumn('school_id', 'text', col => col.notNull().references('schools.id'))
    .addColumn('entity', 'text', col => col.notNull())
    .addColumn('id', 'text', col => col.notNull())
    .addColumn('version', 'bigint', col => col.notNull())
    .addColumn('deleted', 'integer', col => col.notNull().defaultTo(0))
    .addColumn('data', 'text', col => col.notNull())
    // The owner a scope hangs on: a pair's mentorId, a meeting's or plan item's pairId.
    .addColumn('ref_id', 'text')
    .addColumn('updated_at', 'text', col => col.notNull())
    .addColumn('updated_by', 'text', col => col.notNull())
    .addPrimaryKeyConstraint('records_pk', ['school_id', 'entity', 'id'])
    .execute()
  await db.schema.createIndex('records_school_version').on('records').columns(['school_id', 'version']).execute()
  // Partial: only rows that hang on an owner. Besides being smaller, a full index with the primary key's leading
  // columns was what PostgreSQL picked, before its first ANALYZE, for a lookup by primary key.
  await db.schema.createIndex('records_school_entity_ref').on('records').columns(['school_id', 'entity', 'ref_id'])
    .where(sql.ref('ref_id'), 'is not', null)
    .execute()

  await db.schema.createTable('client_state')
    .addColumn('school_id', 'text', col => col.notNull().references('schools.id'))
    .addColumn('client_id', 'text', col => col.notNull())
    .addColumn('user_id', 'text', col => col.notNull())
    .addColumn('last_seq', 'bigint', col => col.notNull())
    .addColumn('updated_at', 'text', col => col.notNull())
    .addPrimaryKeyConstraint('client_state_pk', ['school_id', 'client_id'])
    .execute()

  await db.schema.createTable('rejections')
    .addColumn('school_id', 'text', col => col.notNull().references('schools.id'))
    .addColumn('id', 'text', col => col.notNull())
    .addColumn('client_id', 'text', col => col.notNull())
    .addColumn('user_id', 'text', col => col.notNull())
    .addColumn('seq', 'bigint', col => col.notNull())
    .addColumn('entity', 'text', col => col.notNull())
    .addColumn('record_id', 'text', col => col.notNull())
    .addColumn('code', 'text', col => col.notNull())
    .addColumn('field', 'text')
    .addColumn('reason', 'text', col => col.notNull())
    .addColumn('at', 'text', col => col.notNull())
    .addPrimaryKeyConstraint('rejections_pk', ['school_id', 'id'])
    .execute()

  await db.schema.alterTable('users').addColumn('person_id', 'text').execute()
  await db.schema.createIndex('users_school_person').on('users').columns(['school_id', 'person_id']).execute()

  // A session is now a device the curator can see and revoke, so it needs an id that is not the token hash.
  await db.schema.alterTable('sessions').addColumn('id', 'text', col => col.notNull().defaultTo('')).execute()
  await db.schema.alterTable('sessions').addColumn('device_name', 'text', col => col.notNull().defaultTo('')).execute()
  await db.schema.alterTable('sessions').addColumn('last_sync_at', 'text').execute()
  // Who revoked it: the user themself (logout) or someone else (a curator), which the device is told apart.
  await db.schema.alterTable('sessions').addColumn('revoked_by', 'text').execute()
  const sessions = await sql<{ token_hash: string }>`select token_hash from sessions`.execute(db)
  for (const { token_hash } of sessions.rows)
    await sql`update sessions set id = ${uuidv7()} where token_hash = ${token_hash}`.execute(db)
  await sql`update sessions set revoked_by = user_id where revoked_at is not null`.execute(db)
  await db.schema.createIndex('sessions_school_id').unique().on('sessions').columns(['school_id', 'id']).execute()

  await db.schema.createTable('enrollments')
    // sha256 of the normalised code: like a token, the code itself is never stored.
    .addColumn('code_hash', 'text', col => col.primaryKey())
    .addColumn('school_id', 'text', col => col.notNull().references('schools.id'))
    .addColumn('user_id', 'text', col => col.notNull())
    .addColumn('created_at', 'text', col => col.notNull())
    .addColumn('expires_at', 'text', col => col.notNull())
    .addColumn('used_at', 'text')
    .addForeignKeyConstraint('enrollments_user_fk', ['school_id', 'user_id'], 'users', ['school_id', 'id'])
    .execute()
  await db.schema.createIndex('enrollments_school_user').on('enrollments').columns(['school_id', 'user_id']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('enrollments').execute()
  await db.schema.dropIndex('sessions_school_id').execute()
  for (const column of ['revoked_by', 'last_sync_at', 'device_name', 'id'])
    await db.schema.alterTable('sessions').dropColumn(column).execute()
  await db.schema.dropIndex('users_school_person').execute()
  await db.schema.alterTable('users').dropColumn('person_id').execute()
  for (const table of ['rejections', 'client_state', 'records'])
    await db.schema.dropTable(table).execute()
}
