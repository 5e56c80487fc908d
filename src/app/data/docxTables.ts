import type { CaptionedTable } from '#shared/roadmap/pastedText'

/**
 * The rows of a Word document's tables: the schools keep their roadmaps as .docx, a table with a stage row
 * (merged across the columns) between its events, often beside a table of goals or indicators. Every top-level
 * table is read, in order, as a list of rows under the paragraph above it (its name, as «Паспорт программы»); a cell merged across N columns gives its text then N−1 empty cells, as a spreadsheet's merged cell does, and
 * a cell continuing a vertical merge is empty. A paragraph is a line of its cell. A table inside a cell (rare)
 * gives its text to that cell. Word's XML is regular enough to scan for the few tags that matter, which runs the
 * same in the browser and in Node.
 */

const TAG = /<(\/?)w:(tbl|tr|tc|p|t|tab|br|cr|gridSpan|vMerge)\b([^>]*?)(\/?)>|([^<]+)|<[^>]*>/g
const VAL = /\bw:val="([^"]*)"/

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'' }
const unescapeXml = (text: string) => text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) =>
  name.startsWith('#x') || name.startsWith('#X')
    ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : ENTITIES[name] ?? whole)

interface OpenCell { lines: string[], span: number, continued: boolean }

/** The tables of `word/document.xml`, each as rows of cell texts, with the paragraph above it. */
export function tablesOfDocumentXml(xml: string): CaptionedTable[] {
  const tables: CaptionedTable[] = []
  let rows: string[][] = []
  let depth = 0
  let row: string[] | undefined
  let cell: OpenCell | undefined
  let inText = false
  // The text of the paragraph being read outside any table, and the last such one with words.
  let paragraph = ''
  let caption = ''
  const addText = (text: string) => {
    if (cell)
      cell.lines[cell.lines.length - 1] += text
    else if (depth === 0)
      paragraph += text
  }
  for (const [, closing, name, attributes = '', selfClosing, text] of xml.matchAll(TAG)) {
    if (text !== undefined) {
      if (inText)
        addText(unescapeXml(text))
      continue
    }
    const opening = !closing && !selfClosing
    if (name === 'tbl') {
      depth += opening ? 1 : closing ? -1 : 0
      if (opening && depth === 1)
        rows = []
      else if (closing && depth === 0) {
        tables.push({ caption, rows })
        caption = ''
      }
    }
    // A nested table's rows and cells are part of the outer cell's text.
    if (depth > 1 && (name === 'tr' || name === 'tc'))
      continue
    switch (name) {
      case 'tr':
        if (opening)
          row = []
        else if (closing && row)
          rows.push(row)
        break
      case 'tc':
        if (opening)
          cell = { lines: [''], span: 1, continued: false }
        else if (closing && cell && row) {
          row.push(cell.continued ? '' : cell.lines.map(line => line.trim()).filter(Boolean).join('\n'))
          for (let i = 1; i < cell.span; i++)
            row.push('')
          cell = undefined
        }
        break
      case 'p':
        if (closing && cell)
          cell.lines.push('')
        else if ((closing || selfClosing) && depth === 0) {
          caption = paragraph.trim().replace(/\s+/g, ' ') || caption
          paragraph = ''
        }
        break
      case 't':
        inText = opening
        break
      case 'tab':
        addText(' ')
        break
      case 'br':
      case 'cr':
        cell?.lines.push('')
        break
      case 'gridSpan':
        if (cell)
          cell.span = Math.max(1, Number(VAL.exec(attributes)?.[1]) || 1)
        break
      case 'vMerge':
        if (cell)
          cell.continued = VAL.exec(attributes)?.[1] !== 'restart'
        break
    }
  }
  return tables
}

/** A .docx's tables, or undefined for a zip that is no Word document (a workbook). */
export async function readDocxTables(bytes: Uint8Array): Promise<CaptionedTable[] | undefined> {
  const { unzipSync } = await import('fflate')
  const files = unzipSync(bytes, { filter: file => file.name === 'word/document.xml' })
  const xml = files['word/document.xml']
  return xml && tablesOfDocumentXml(new TextDecoder().decode(xml))
}
