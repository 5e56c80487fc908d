import type { Kysely } from 'kysely'

/*
 * Sessions now end after a time without use (auth/guard.ts), and the staff then sign in again, so a device
 * that signed in before must not wait for someone else's wrong passwords (auth/routes.ts). It is known by the
 * sha256 of the random key the app keeps and sends with a sign-in; null for sessions opened without one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('device_key_hash', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('device_key_hash').execute()
}
