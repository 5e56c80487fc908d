import type { Kysely } from 'kysely'

/*
 * A refusal is told to the app as a problem code with params, which the app words in its language; the
 * Russian `reason` stays for protocol 1 apps and for rows stored before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('rejections').addColumn('problem', 'text').execute()
  await db.schema.alterTable('rejections').addColumn('params', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('rejections').dropColumn('params').execute()
  await db.schema.alterTable('rejections').dropColumn('problem').execute()
}
