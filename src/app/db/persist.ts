import { type PersistAnswer, readMeta, writeMeta } from './meta.ts'
import type { NastavnikDb } from './schema.ts'

/**
 * Asks the browser once not to evict our data. Asked after the first real work rather than at start,
 * because browsers grant it more readily to a page the user has engaged with.
 */
export async function askPersistenceOnce(db: NastavnikDb): Promise<PersistAnswer> {
  const known = await readMeta(db, 'persist')
  if (known)
    return known
  const storage = globalThis.navigator?.storage
  const answer: PersistAnswer = typeof storage?.persist !== 'function'
    ? 'unsupported'
    : (await storage.persisted() || await storage.persist()) ? 'granted' : 'denied'
  await writeMeta(db, 'persist', answer)
  return answer
}
