import type { Kysely } from 'kysely'
import type { DbKind } from '../db.ts'
import type { Database } from '../schema.ts'
import { currentSchema } from '../dialect.ts'

/**
 * Every table the migrations create, parents before children, so inserting in this order satisfies every
 * foreign key and deleting in the reverse order does too. `key` is the primary key, which a backup pages by.
 */
export const BACKUP_TABLES = [
  { name: 'installation', key: ['id'] },
  { name: 'schools', key: ['id'] },
  { name: 'users', key: ['school_id', 'id'] },
  { name: 'sessions', key: ['token_hash'] },
  { name: 'enrollments', key: ['code_hash'] },
  { name: 'records', key: ['school_id', 'entity', 'id'] },
  { name: 'client_state', key: ['school_id', 'client_id'] },
  { name: 'rejections', key: ['school_id', 'id'] },
  { name: 'ballots', key: ['school_id', 'campaign_id', 'code_hash'] },
  { name: 'survey_answers', key: ['school_id', 'campaign_id', 'pseudonym'] },
  { name: 'survey_secrets', key: ['school_id'] },
  { name: 'audit_log', key: ['school_id', 'version'] },
  { name: 'erasure_mentions', key: ['school_id', 'person_id', 'entity', 'record_id', 'path'] },
  { name: 'handovers', key: ['school_id', 'id'] },
] as const satisfies ReadonlyArray<{ name: keyof Database, key: readonly string[] }>

export type BackupTable = typeof BACKUP_TABLES[number]['name']

// A table added to schema.ts but not above fails to compile: a backup must never skip one silently.
type Unlisted = Exclude<keyof Database, BackupTable>
const _everyTableListed: [Unlisted] extends [never] ? true : never = true

export function isBackupTable(name: string): name is BackupTable {
  return BACKUP_TABLES.some(t => t.name === name)
}

export interface Column {
  name: string
  /** Read as text and written back as text, so a value beyond 2^53 survives the trip through JSON. */
  bigint: boolean
}

/**
 * The columns each table has in this database, read from the database itself rather than schema.ts, so a
 * column a later migration adds is backed up without touching this file. A table the list above lacks (a
 * migration added one and nobody listed it) stops the backup instead of leaving it out.
 */
export async function readColumns(db: Kysely<Database>, kind: DbKind): Promise<Map<BackupTable, Column[]>> {
  const schema = await currentSchema(db, kind)
  const tables = (await db.introspection.getTables()).filter(t => schema === undefined || t.schema === schema)
  const columns = new Map<BackupTable, Column[]>()
  for (const table of tables) {
    if (!isBackupTable(table.name))
      throw new Error(`table "${table.name}" is not in the backup's list (src/server/storage/backup/tables.ts)`)
    columns.set(table.name, table.columns.map(c => ({ name: c.name, bigint: ['bigint', 'int8'].includes(c.dataType.toLowerCase()) })))
  }
  const missing = BACKUP_TABLES.find(t => !columns.has(t.name))
  if (missing)
    throw new Error(`table "${missing.name}" is missing from the database: are the migrations applied?`)
  return columns
}
