import * as v from 'valibot'
import type { SessionUser } from '#shared/api/auth'
import { ENTITY_NAMES } from '#shared/sync/entityNames'
import { mutate } from '../db/mutate.ts'
import type { NastavnikDb } from '../db/schema.ts'

/**
 * The unsent-changes file as another device of the same person reads it (see `unsentFile.ts`). Apart from the
 * writing side, so the validator loads only on the settings page that takes the file.
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
