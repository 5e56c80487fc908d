import { uuidv7 } from '#shared/ids'
import { readMeta, writeMeta } from '../db/meta.ts'
import type { NastavnikDb } from '../db/schema.ts'

/** This device's identity in the protocol: made once, kept with the outbox it numbers. */
export async function getClientId(db: NastavnikDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const known = await readMeta(db, 'clientId')
    if (known)
      return known
    const made = uuidv7()
    await writeMeta(db, 'clientId', made)
    return made
  })
}
