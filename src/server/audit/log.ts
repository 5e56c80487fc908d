import type { Kysely, Transaction } from 'kysely'
import type { AuditAction, AuditPage } from '#shared/api/audit'
import type { EntityName } from '#shared/sync/entityNames'
import type { AuditLogTable, Database } from '../storage/schema.ts'
import { AUDIT_PAGE } from '#shared/api/audit'
import { ownFields } from '#shared/sync/entities'
import { chunks } from '../storage/chunks.ts'
import type { Write } from '../storage/dialect.ts'

export interface AuditNote {
  version: number
  entity: EntityName
  recordId: string
  action: AuditAction
  fields: readonly string[]
}

/** The log's rows of some changes: written in the same transaction as the changes they tell of, so the log never misses or invents one. */
export function auditWrites(trx: Kysely<Database>, schoolId: string, userId: string, at: string, notes: readonly AuditNote[], clientId: string | null = null): Write[] {
  const rows: AuditLogTable[] = notes.map(n => ({
    school_id: schoolId,
    version: n.version,
    at,
    user_id: userId,
    entity: n.entity,
    record_id: n.recordId,
    action: n.action,
    fields: JSON.stringify(n.fields),
    client_id: clientId,
  }))
  return chunks(rows, 100).map(chunk => trx.insertInto('audit_log').values(chunk))
}

/** A page of the school's log, newest first, with the author's name from the accounts. */
export async function readAudit(db: Kysely<Database>, schoolId: string, query: { before?: number, entity?: string, record?: string }): Promise<AuditPage> {
  let select = db.selectFrom('audit_log')
    .leftJoin('users', join => join.onRef('users.id', '=', 'audit_log.user_id').onRef('users.school_id', '=', 'audit_log.school_id'))
    .select(['audit_log.version', 'audit_log.at', 'audit_log.entity', 'audit_log.record_id', 'audit_log.action', 'audit_log.fields', 'users.name'])
    .where('audit_log.school_id', '=', schoolId)
  if (query.before !== undefined)
    select = select.where('audit_log.version', '<', query.before)
  if (query.entity)
    select = select.where('audit_log.entity', '=', query.entity)
  if (query.record)
    select = select.where('audit_log.record_id', '=', query.record)
  const rows = await select.orderBy('audit_log.version', 'desc').limit(AUDIT_PAGE + 1).execute()
  const entries = rows.slice(0, AUDIT_PAGE).map(r => ({
    version: r.version,
    at: r.at,
    userName: r.name ?? '—',
    entity: r.entity,
    recordId: r.record_id,
    action: r.action,
    fields: JSON.parse(r.fields) as string[],
  }))
  return { entries, next: rows.length > AUDIT_PAGE ? entries.at(-1)!.version : null }
}

/** Which fields of these records a write after the given version touched, as `entity/id/field`. */
export async function fieldsWrittenSince(db: Kysely<Database>, schoolId: string, since: ReadonlyArray<{ entity: EntityName, id: string, version: number }>): Promise<Set<string>> {
  const after = new Map(since.map(s => [`${s.entity}/${s.id}`, s.version]))
  const written = new Set<string>()
  for (const entity of new Set(since.map(s => s.entity))) {
    for (const ids of chunks([...new Set(since.filter(s => s.entity === entity).map(s => s.id))], 500)) {
      const rows = await db.selectFrom('audit_log').select(['record_id', 'version', 'fields'])
        .where('school_id', '=', schoolId).where('entity', '=', entity).where('record_id', 'in', ids)
        .execute()
      for (const row of rows) {
        const key = `${entity}/${row.record_id}`
        if (row.version > (after.get(key) ?? Infinity))
          (JSON.parse(row.fields) as string[]).forEach(field => written.add(`${key}/${field}`))
      }
    }
  }
  return written
}

const SCRUB_PAGE = 1000

/**
 * Leaves in the school's log only field names its entities have. Anything else is a name a device made up
 * (older servers logged them verbatim) and may be anyone's words; erasure calls this, so no name survives there.
 */
export async function scrubUnknownFields(trx: Transaction<Database>, schoolId: string): Promise<void> {
  for (let after = -1; ;) {
    const rows = await trx.selectFrom('audit_log').select(['version', 'entity', 'fields'])
      .where('school_id', '=', schoolId).where('version', '>', after)
      .orderBy('version').limit(SCRUB_PAGE)
      .execute()
    for (const row of rows) {
      const fields = JSON.parse(row.fields) as string[]
      const kept = ownFields(row.entity, fields)
      if (kept.length < fields.length)
        await trx.updateTable('audit_log').set({ fields: JSON.stringify(kept) }).where('school_id', '=', schoolId).where('version', '=', row.version).execute()
    }
    if (rows.length < SCRUB_PAGE)
      return
    after = rows.at(-1)!.version
  }
}
