import type { SheetData } from 'write-excel-file/universal'
import { saveFile } from './saveFile.ts'

export interface WorkbookSheet { sheet: string, data: SheetData, stickyRowsCount?: number }

/** Builds the .xlsx (the writer loads only now, on the curator's click) and hands it to the browser as a download. */
export async function downloadXlsx(fileName: string, data: SheetData, sheet: string): Promise<void> {
  await downloadWorkbook(fileName, [{ sheet, data }])
}

/** Several sheets in one book; each keeps its header row in view while scrolling. */
export async function downloadWorkbook(fileName: string, sheets: readonly WorkbookSheet[]): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal')
  const blob = await writeXlsxFile(sheets.map(({ sheet, data, stickyRowsCount = 1 }) =>
    ({ sheet, data, stickyRowsCount, columns: widest(data).map(() => ({ width: 22 })) }))).toBlob()
  saveFile(fileName, blob)
}

/** The longest row: a sheet may open with a one-cell note above its header. */
function widest(data: SheetData): SheetData[number] {
  return data.reduce((a, b) => (b.length > a.length ? b : a), [])
}
