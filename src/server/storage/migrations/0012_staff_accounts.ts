import type { Kysely } from 'kysely'

/*
 * Staff accounts kept from the app (users/accounts.ts): an account the curator disabled keeps its row, so its
 * name stays on what it wrote, and signs nobody in until re-enabled; a title says which observer it is
 * (директор, член рабочей группы, педагог-психолог). A device is described from what its browser said at sign-in:
 * the User-Agent and, from Chromium, the model and system version it hides there (client hints).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute()
  await db.schema.alterTable('users').addColumn('title', 'text').execute()
  await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute()
  await db.schema.alterTable('sessions').addColumn('ua_hints', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('ua_hints').execute()
  await db.schema.alterTable('sessions').dropColumn('user_agent').execute()
  await db.schema.alterTable('users').dropColumn('title').execute()
  await db.schema.alterTable('users').dropColumn('disabled_at').execute()
}
