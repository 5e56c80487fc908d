/**
 * A pull cursor: `<version>.<fingerprint>[.<epoch>]`. The version is how far the device has the school's
 * writes; the fingerprint names the scope it got them for, so a changed scope is noticed without reading any
 * rows; the epoch is the school's (`schools.epoch`), which a restore from backup changes. The app stores it
 * and sends it back as is: it is opaque there.
 */
export interface Cursor {
  version: number
  fingerprint: string
  /** '' until the first restore: cursors from before epochs carry none and stay valid. */
  epoch: string
}

const CURSOR = /^(\d{1,15})\.([\w-]{1,64})(?:\.([\w-]{1,32}))?$/

export function encodeCursor(cursor: Cursor): string {
  const base = `${cursor.version}.${cursor.fingerprint}`
  return cursor.epoch === '' ? base : `${base}.${cursor.epoch}`
}

/** Anything unreadable counts as no cursor: the answer is then a full reset, which is always safe. */
export function decodeCursor(raw: string | null): Cursor | null {
  const match = raw === null ? null : CURSOR.exec(raw)
  if (!match)
    return null
  return { version: Number(match[1]), fingerprint: match[2]!, epoch: match[3] ?? '' }
}
