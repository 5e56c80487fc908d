import type { LogEvent } from 'kysely'

/** What is wrong with the storage, as the API and /api/health say it. */
export type StorageFault = 'damaged' | 'full'

const FULL_CODES: ReadonlySet<unknown> = new Set(['SQLITE_FULL', '53100', 'ENOSPC'])

/**
 * The fault a failed query or write shows: a full disk (SQLite's SQLITE_FULL, PostgreSQL's 53100 disk_full, the
 * system's ENOSPC) or a damaged SQLite file (SQLITE_CORRUPT and its extended codes, SQLITE_NOTADB).
 */
export function storageFault(error: unknown): StorageFault | null {
  const code = (error as { code?: unknown } | null)?.code
  if (FULL_CODES.has(code))
    return 'full'
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB'))
    return 'damaged'
  return null
}

/** A statement that inserts, alone or among writes joined in one (`writeAll`): values are parameters, so only SQL matches. */
const INSERTS = /\binsert into\b/i

/**
 * What the server knows of its storage, fed by every query's outcome (Kysely's `log` hook) and by the
 * periodic integrity check. Damage stays until a restart (the cure is a restore, which needs one); a full disk
 * lasts until an INSERT succeeds, since updates and deletes may fit into pages the file already has.
 */
export class StorageHealth {
  #damaged: string | null = null
  #full = false

  get fault(): StorageFault | null {
    return this.#damaged !== null ? 'damaged' : this.#full ? 'full' : null
  }

  /** What the check or the database said of the damage, for the log; null while there is none. */
  get damage(): string | null {
    return this.#damaged
  }

  markDamaged(why: string): void {
    this.#damaged ??= why
  }

  /** A query that failed, here or on another connection to the same storage (a reader thread's). */
  failed(error: unknown): void {
    const fault = storageFault(error)
    if (fault === 'damaged')
      this.markDamaged((error as Error).message)
    else if (fault === 'full')
      this.#full = true
  }

  /** An INSERT succeeded, here or on another connection: whatever the disk lacked, it has room again. */
  inserted(): void {
    this.#full = false
  }

  /** Kysely's `log` option: an arrow, so it can be passed as it is. */
  readonly observe = (event: LogEvent): void => {
    if (event.level === 'error')
      this.failed(event.error)
    else if (INSERTS.test(event.query.sql))
      this.inserted()
  }
}
