/**
 * A pull cursor: `<version>.<fingerprint>`. The version is how far the device has the school's writes; the
 * fingerprint names the scope it got them for, so a changed scope is noticed without reading any rows.
 * The app stores it and sends it back as is: it is opaque there.
 */
export interface Cursor {
  version: number
  fingerprint: string
}

const CURSOR = /^(\d{1,15})\.([\w-]{1,64})$/

export function encodeCursor(cursor: Cursor): string {
  return `${cursor.version}.${cursor.fingerprint}`
}

/** Anything unreadable counts as no cursor: the answer is then a full reset, which is always safe. */
export function decodeCursor(raw: string | null): Cursor | null {
  const match = raw === null ? null : CURSOR.exec(raw)
  if (!match)
    return null
  return { version: Number(match[1]), fingerprint: match[2]! }
}
