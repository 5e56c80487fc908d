/**
 * UUIDv7 (RFC 9562): made on the device, so a record has its id before any server has seen it, and
 * time-ordered, so ids sort by creation and index well. Uses only `crypto.getRandomValues`, which
 * browsers and Node 20 both provide as a global.
 */
declare const crypto: { getRandomValues: <T extends Uint8Array>(array: T) => T }

export function uuidv7(now: number = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  let ms = now
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256
    ms = Math.floor(ms / 256)
  }
  bytes[6] = 0x70 | (bytes[6]! & 0x0F)
  bytes[8] = 0x80 | (bytes[8]! & 0x3F)
  const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
