/** What the first bytes of a chosen file say it is, before any library is loaded. */
/** `zip`: an .xlsx or a .docx, told apart by what the zip holds. */
export type FileKind = 'zip' | 'xls' | 'text' | 'binary' | 'empty'

const ZIP = [0x50, 0x4B, 0x03, 0x04]
// An OLE compound file: the pre-2007 .xls that many school systems still export.
const OLE = [0xD0, 0xCF, 0x11, 0xE0]
const UTF8_BOM = [0xEF, 0xBB, 0xBF]
const UTF16LE_BOM = [0xFF, 0xFE]
const UTF16BE_BOM = [0xFE, 0xFF]
const SAMPLE_BYTES = 64 * 1024

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}

/** Text has no control bytes but tab, line feed, carriage return (and the odd form feed or end-of-file mark). */
function looksLikeText(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SAMPLE_BYTES)
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0A && byte !== 0x0D && byte !== 0x0C && !(byte === 0x1A && i === bytes.length - 1))
      return false
  }
  return true
}

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0)
    return 'empty'
  if (startsWith(bytes, ZIP))
    return 'zip'
  if (startsWith(bytes, OLE))
    return 'xls'
  if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM))
    return 'text'
  return looksLikeText(bytes) ? 'text' : 'binary'
}

/**
 * CSV from a school's Excel is UTF-8 (with a BOM, «CSV UTF-8») or, more often, Windows-1251 («CSV (разделители —
 * запятые)» on a Russian Windows). Valid UTF-8 is read as such; anything else is taken for cp1251, which
 * decodes every byte, so a Russian file never turns into question marks.
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, UTF8_BOM))
    return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (startsWith(bytes, UTF16LE_BOM))
    return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (startsWith(bytes, UTF16BE_BOM))
    return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1251').decode(bytes)
  }
}
