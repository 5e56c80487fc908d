import type { Kysely } from 'kysely'
import type { Database } from './schema.ts'
import { Migrator } from 'kysely'
import { migrations } from './migrations/index.ts'

/** Brings the database to the newest schema; throws, naming the migration, if one fails. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find(r => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`Migration ${failed} failed: ${(error as Error).message}`, { cause: error })
  }
}
