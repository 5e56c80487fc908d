import type { Kysely, Transaction } from 'kysely'
import type { AuditAction } from '#shared/api/audit'
import type { Database } from '../storage/schema.ts'
import { auditWrites } from '../audit/log.ts'
import { chunks } from '../storage/chunks.ts'
import { type Write, writeAll } from '../storage/dialect.ts'
import { prepared } from '../storage/prepared.ts'
import { SCOPE_INPUTS } from '../sync/scopeInputs.ts'
import type { Stamp } from './read.ts'
import type { StoredRecord } from './row.ts'

type Trx = Transaction<Database>

/**
 * Reserves `count` versions at once and returns the first. On PostgreSQL the row lock this takes is held to
 * commit, so writes of one school commit in version order and a pull that read the counter can never miss a
 * version that commits later. Whoever reads records to decide a write takes it first (count 0 just locks), so
 * two writers of one school never decide over the same stale copy.
 */
export async function reserveVersions(trx: Trx, schoolId: string, count: number): Promise<number> {
  return (await reserveStamped(trx, schoolId, count)).first
}

/** `reserveVersions`, with the school's stamp as the lock found it: what a scope computed now is kept by. */
export async function reserveStamped(trx: Trx, schoolId: string, count: number): Promise<{ first: number, stamp: Stamp }> {
  const [school] = await reserved(trx, schoolId, count)
  if (!school)
    throw new Error(`no school ${schoolId} to reserve versions in`)
  return { first: school.version_counter - count + 1, stamp: { epoch: school.epoch, scopeVersion: school.scope_version } }
}

const reserved = prepared((db: Kysely<Database>, schoolId: string, count: number) => db.updateTable('schools')
  .set(eb => ({ version_counter: eb('version_counter', '+', count) }))
  .where('id', '=', schoolId)
  .returning(['version_counter', 'epoch', 'scope_version']))

/** Who writes, and when: the account named in `updated_by` and in the audit log. */
export interface Writer {
  schoolId: string
  userId: string
  now: string
  /** The device whose push it is, for the audit log. */
  clientId?: string
}

/** A record's new state, and what the audit log says of the change (the names of the fields, never values). */
export interface RecordWrite {
  record: Omit<StoredRecord, 'version'>
  action: AuditAction
  fields: readonly string[]
}

/**
 * The one way a change reaches `records`: in the caller's transaction, each change takes the next version of
 * the school's counter (so devices pull it, in order), each record is written once (the last change of it
 * wins, as the changes are in order) and the audit log gets a row per change. `first` is a version reserved
 * earlier for them (`reserveVersions`); without it they are reserved here. Returns the versions given.
 */
export async function commitVersioned(trx: Trx, writer: Writer, changes: readonly RecordWrite[], first?: number): Promise<number[]> {
  if (changes.length === 0)
    return []
  const versioned = versionedWrites(trx, writer, changes, first ?? await reserveVersions(trx, writer.schoolId, changes.length))
  // The records, the scope's stamp and the log: one statement on PostgreSQL for a push's few changes.
  await writeAll(trx, [...versioned.writes, ...versioned.movesScope ? [scopeMoved(trx, writer.schoolId)] : []])
  return versioned.versions
}

/** The school's scope stamp moved to its counter: a scope input (scopeInputs.ts) was written. */
export const scopeMoved = (db: Kysely<Database>, schoolId: string): Write =>
  db.updateTable('schools').set(eb => ({ scope_version: eb.ref('version_counter') })).where('id', '=', schoolId)

/**
 * The statements of `commitVersioned` for versions from `first` on, unrun, and whether they move the school's
 * scope stamp, which is left to the caller: the stamp is a write of the school's row, which a push's one
 * guarded statement (sync/guarded.ts) writes already.
 */
export function versionedWrites(db: Kysely<Database>, writer: Writer, changes: readonly RecordWrite[], first: number): { versions: number[], writes: Write[], movesScope: boolean } {
  const versions = changes.map((_, i) => first + i)
  const final = new Map<string, StoredRecord>()
  changes.forEach(({ record }, i) => final.set(`${record.entity}/${record.id}`, { ...record, version: versions[i]! }))
  const writes = [
    ...recordWrites(db, writer, [...final.values()]),
    ...auditWrites(db, writer.schoolId, writer.userId, writer.now, changes.map((c, i) => ({
      version: versions[i]!,
      entity: c.record.entity,
      recordId: c.record.id,
      action: c.action,
      fields: c.fields,
    })), writer.clientId ?? null),
  ]
  return { versions, writes, movesScope: changes.some(({ record }) => SCOPE_INPUTS.has(record.entity)) }
}

function recordWrites(trx: Kysely<Database>, writer: Writer, records: readonly StoredRecord[]): Write[] {
  return chunks(records).map(chunk => trx.insertInto('records')
    .values(chunk.map(r => ({
      school_id: writer.schoolId,
      entity: r.entity,
      id: r.id,
      version: r.version,
      deleted: r.deleted,
      data: JSON.stringify(r.data),
      ref_id: r.refId,
      updated_at: writer.now,
      updated_by: writer.userId,
    })))
    .onConflict(oc => oc.columns(['school_id', 'entity', 'id']).doUpdateSet(eb => ({
      version: eb.ref('excluded.version'),
      deleted: eb.ref('excluded.deleted'),
      data: eb.ref('excluded.data'),
      ref_id: eb.ref('excluded.ref_id'),
      updated_at: eb.ref('excluded.updated_at'),
      updated_by: eb.ref('excluded.updated_by'),
    }))))
}
