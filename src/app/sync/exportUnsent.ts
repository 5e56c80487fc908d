import { db } from '../db/index.ts'
import { useSession } from '../stores/session.ts'
import { buildUnsentFile, downloadJson } from './unsentFile.ts'

/** Downloads this device's unsent changes as a file named for the day, for another device to send. */
export async function exportUnsent(): Promise<void> {
  const user = useSession().user
  if (!user)
    return
  const file = await buildUnsentFile(db, user)
  downloadJson(`nastavnik-unsent-${file.exportedAt.slice(0, 10)}.json`, file)
}
