import type { LoginResponse } from '#shared/api/auth'
import type { SurveySummary } from '#shared/api/surveys'
import type { NastavnikDb } from './schema.ts'

/** Typed access to the device-only key/value table. */
export interface MetaValues {
  clientId: string
  session: LoginResponse
  lastSyncedAt: string
  persist: PersistAnswer
  /** The pull cursor: opaque, the server's. */
  cursor: string
  /**
   * Why sync cannot go on until the person acts: sign in again (the session ended, or went unused too long), the
   * device was revoked, or the app is too old.
   */
  syncBlocked: 'unauthorized' | 'expired' | 'revoked' | 'protocol_unsupported'
  /** The server's last survey aggregates, so monitoring and reports still show satisfaction offline. */
  surveySummary: { summary: SurveySummary, at: string }
}
export type PersistAnswer = 'granted' | 'denied' | 'unsupported'

export async function readMeta<K extends keyof MetaValues>(db: NastavnikDb, key: K): Promise<MetaValues[K] | undefined> {
  const entry = await db.meta.get(key)
  return entry?.value as MetaValues[K] | undefined
}

export async function writeMeta<K extends keyof MetaValues>(db: NastavnikDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value })
}
