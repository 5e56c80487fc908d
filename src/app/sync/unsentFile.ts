import * as v from 'valibot'
import type { SessionUser } from '#shared/api/auth'
import { ENTITY_NAMES } from '#shared/sync/entityNames'
import { mutate } from '../db/mutate.ts'
import type { NastavnikDb } from '../db/schema.ts'

/**
 * «Выгрузить неотправленное»: the outbox as a file, for when this device cannot send (revoked, disk
 * full, leaving a shared computer). Another device of the same person loads it and sends the changes.
 */
const UnsentFile = v.object({
  format: v.literal('nastavnik-unsent'),
  version: v.literal(1),
  exportedAt: v.string(),
  userId: v.string(),
  schoolId: v.string(),
  mutations: v.array(v.object({
    entity: v.picklist(ENTITY_NAMES),
    id: v.string(),
    op: v.picklist(['upsert', 'delete']),
    fields: v.record(v.string(), v.unknown()),
    at: v.string(),
  })),
})
export type UnsentFile = v.InferOutput<typeof UnsentFile>

export async function buildUnsentFile(db: NastavnikDb, user: SessionUser): Promise<UnsentFile> {
  const entries = await db.outbox.orderBy('seq').toArray()
  return {
    format: 'nastavnik-unsent',
    version: 1,
    exportedAt: new Date().toISOString(),
    userId: user.id,
    schoolId: user.schoolId,
    mutations: entries.map(({ entity, id, op, fields, at }) => ({ entity, id, op, fields, at })),
  }
}

export type ImportOutcome = { ok: true, count: number } | { ok: false, reason: 'not_unsent_file' | 'other_user' }

/** Replays the file's changes through `mutate`, so they land on this device and in its outbox. */
export async function importUnsentFile(db: NastavnikDb, user: SessionUser, text: string): Promise<ImportOutcome> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'not_unsent_file' }
  }
  const file = v.safeParse(UnsentFile, parsed)
  if (!file.success)
    return { ok: false, reason: 'not_unsent_file' }
  if (file.output.userId !== user.id || file.output.schoolId !== user.schoolId)
    return { ok: false, reason: 'other_user' }
  for (const m of file.output.mutations)
    await mutate(db, m.entity, m.id, m.op, m.fields as never)
  return { ok: true, count: file.output.mutations.length }
}

export function downloadJson(fileName: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }))
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName })
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
