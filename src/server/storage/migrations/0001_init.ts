import type { Kysely } from 'kysely'
import { sql } from 'kysely'

// Migrations see the database as it was then, not as schema.ts says it is now, hence `unknown`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('installation')
    .addColumn('id', 'integer', col => col.primaryKey())
    .addColumn('created_at', 'text', col => col.notNull())
    .addCheckConstraint('installation_singleton', sql`id = 1`)
    .execute()

  await db.schema.createTable('schools')
    .addColumn('id', 'text', col => col.primaryKey())
    .addColumn('name', 'text', col => col.notNull())
    .addColumn('created_at', 'text', col => col.notNull())
    .addColumn('version_counter', 'bigint', col => col.notNull().defaultTo(0))
    .execute()

  await db.schema.createTable('users')
    .addColumn('school_id', 'text', col => col.notNull().references('schools.id'))
    .addColumn('id', 'text', col => col.notNull())
    .addColumn('name', 'text', col => col.notNull())
    .addColumn('role', 'text', col => col.notNull())
    .addColumn('login', 'text', col => col.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('created_at', 'text', col => col.notNull())
    .addPrimaryKeyConstraint('users_pk', ['school_id', 'id'])
    .execute()
  // Global, not per school: a login alone finds the account.
  await db.schema.createIndex('users_login').unique().on('users').column('login').execute()

  await db.schema.createTable('sessions')
    .addColumn('token_hash', 'text', col => col.primaryKey())
    .addColumn('school_id', 'text', col => col.notNull())
    .addColumn('user_id', 'text', col => col.notNull())
    .addColumn('created_at', 'text', col => col.notNull())
    .addColumn('last_seen_at', 'text', col => col.notNull())
    .addColumn('revoked_at', 'text')
    .addForeignKeyConstraint('sessions_user_fk', ['school_id', 'user_id'], 'users', ['school_id', 'id'])
    .execute()
  await db.schema.createIndex('sessions_school_user').on('sessions').columns(['school_id', 'user_id']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['sessions', 'users', 'schools', 'installation'])
    await db.schema.dropTable(table).execute()
}
