import writeXlsxFile, { type SheetData } from 'write-excel-file/universal'

/** A real .xlsx made by the library's writer, as bytes the import reads. */
export async function xlsxBytes(data: SheetData): Promise<Uint8Array> {
  const blob = await writeXlsxFile(data, { dateFormat: 'dd.mm.yyyy' }).toBlob()
  return new Uint8Array(await blob.arrayBuffer())
}

/** Windows-1251 bytes for Russian text: what «CSV (разделители — запятые)» from a Russian Excel writes. */
export function cp1251(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (char) => {
    const code = char.codePointAt(0)!
    if (code < 0x80)
      return code
    if (code >= 0x410 && code <= 0x44F)
      return code - 0x410 + 0xC0
    if (char === 'Ё')
      return 0xA8
    if (char === 'ё')
      return 0xB8
    throw new Error(`no cp1251 byte for ${char}`)
  })
}

export const utf8 = (text: string) => new TextEncoder().encode(text)
