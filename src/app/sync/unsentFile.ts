import type { SessionUser } from '#shared/api/auth'
import type { NastavnikDb } from '../db/schema.ts'
import type { UnsentFile } from './readUnsentFile.ts'

/**
 * «Выгрузить неотправленное»: the outbox as a file, for when this device cannot send (revoked, disk
 * full, leaving a shared computer). Another device of the same person loads it (`readUnsentFile.ts`) and sends
 * the changes.
 */
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

export function downloadJson(fileName: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }))
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName })
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
