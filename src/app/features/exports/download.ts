import type { SheetData } from 'write-excel-file/universal'

/** Builds the .xlsx (the writer loads only now, on the curator's click) and hands it to the browser as a download. */
export async function downloadXlsx(fileName: string, data: SheetData, sheet: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal')
  const blob = await writeXlsxFile(data, { sheet, stickyRowsCount: 1, columns: data[0]?.map(() => ({ width: 22 })) }).toBlob()
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked on the next turn: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
