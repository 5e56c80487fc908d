import type { StorageHealth } from './health.ts'
import { existsSync, statSync } from 'node:fs'
import SQLite from 'better-sqlite3'
import { storageFault } from './health.ts'

/** Where the operator reads what to do: the README's section on restoring a backup. */
const RESTORE = 'восстановите базу из резервной копии (README, раздел «Восстановление»)'

/**
 * SQLite's `PRAGMA quick_check` on a connection of its own, so it reads the file on disk, not pages the
 * server's connection holds in its cache; null when the file is sound, else what SQLite found, on one line.
 * Errors other than damage (no permission, no such file) are thrown: they are not the file's fault.
 */
function quickCheck(file: string): string | null {
  let connection: SQLite.Database | undefined
  try {
    connection = new SQLite(file, { readonly: true, fileMustExist: true })
    const found = (connection.pragma('quick_check(3)') as Array<{ quick_check: string }>).map(row => row.quick_check)
    return found.length === 1 && found[0] === 'ok' ? null : oneLine(found.join('; '))
  } catch (error) {
    if (storageFault(error) !== 'damaged')
      throw error
    return oneLine((error as Error).message)
  } finally {
    connection?.close()
  }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 300)

/**
 * Before the server opens its database: a file that is there but empty, unreadable as a database or
 * damaged stops the start with this sentence. An empty file is refused rather than made a fresh installation:
 * it is what a failed copy or a full disk leaves, and a fresh installation would hide the school's loss.
 */
export function inspectDatabaseFile(file: string): string | null {
  if (!existsSync(file))
    return null
  if (statSync(file).size === 0)
    return `файл базы данных «${file}» пуст (0 байт): ${RESTORE}; если нужна новая установка, удалите этот файл`
  const damage = quickCheck(file)
  return damage && `файл базы данных «${file}» повреждён (${damage}): ${RESTORE} и запустите сервер снова`
}

/** At run time a file the check cannot even open (deleted, its permissions changed) counts as damage too: what the server writes there would not survive a restart. */
function checkRunning(file: string): string | null {
  try {
    return quickCheck(file)
  } catch (error) {
    return oneLine(`the check cannot open the file: ${(error as Error).message}`)
  }
}

/**
 * Runs the check every `everyMs`; damage it finds is marked in `health` (so the API answers 503) and
 * reported once. The timer does not keep the process alive. A check of a 100 MB file takes about 0.2 s,
 * during which the server waits (better-sqlite3 is synchronous).
 */
export function watchIntegrity(file: string, health: StorageHealth, everyMs: number, report: (damage: string) => void): () => void {
  const timer = setInterval(() => {
    if (health.damage !== null)
      return
    const damage = checkRunning(file)
    if (damage === null)
      return
    health.markDamaged(damage)
    report(damage)
  }, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
