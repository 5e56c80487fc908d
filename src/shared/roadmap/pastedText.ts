/**
 * The cells of a table pasted from Excel or Word: tab between cells, a line break between rows, and a cell with a
 * line break (or a quote) inside wrapped in quotes, its own quotes doubled — as both put it on the clipboard.
 */
export function rowsFromPastedText(text: string): string[][] {
  const rows: string[][] = [[]]
  let cell = ''
  let i = 0
  const source = text.replace(/\r\n?/g, '\n')
  while (i < source.length) {
    const char = source[i]!
    if (char === '"' && cell === '') {
      const end = closingQuote(source, i + 1)
      if (end >= 0) {
        cell = source.slice(i + 1, end).replace(/""/g, '"')
        i = end + 1
        continue
      }
    }
    if (char === '\t' || char === '\n') {
      rows.at(-1)!.push(cell)
      cell = ''
      if (char === '\n')
        rows.push([])
    } else {
      cell += char
    }
    i++
  }
  rows.at(-1)!.push(cell)
  // The clipboard ends with a line break, which opens no row.
  return rows.at(-1)!.length === 1 && rows.at(-1)![0] === '' ? rows.slice(0, -1) : rows
}

/**
 * Where a quoted cell ends: the quote followed by a tab, a line break or the end. A cell that only starts with a
 * quote («"Наставничество" в школе») has none, and is read as it is.
 */
function closingQuote(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    if (source[i] !== '"')
      continue
    if (source[i + 1] === '"') {
      i++
      continue
    }
    return i + 1 === source.length || source[i + 1] === '\t' || source[i + 1] === '\n' ? i : -1
  }
  return -1
}
