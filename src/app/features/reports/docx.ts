import type * as DocxModule from 'docx'
import type { Block, ReportDocument } from './document.ts'
import { approvalColumns, isLongRow, paragraphsOf, signedName, tableBody, typeset } from './document.ts'
import { withSoftHyphens } from './softHyphens.ts'

type Docx = typeof DocxModule

const FONT = 'Times New Roman'
const SIZE = 28 // half-points: 14 pt, as school documents are typed
const TABLE_SIZE = 24 // 12 pt: a table, as on the page
const COMPACT_SIZE = 20 // 10 pt: a table of many columns, as on the page
const A4 = { width: 11906, height: 16838 } // twips
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 }
/** The text's width on an A4 sheet, upright or turned, less the margins. */
const textWidth = (landscape: boolean) => (landscape ? A4.height : A4.width) - MARGIN.left - MARGIN.right

/** A table's cell: its lines (a stage's events in seed 000's table) are its paragraphs, as on the page. */
function tableCell(docx: Docx, value: string, size: number, bold: boolean, columnSpan = 1): InstanceType<Docx['TableCell']> {
  const { Paragraph, TableCell, TextRun } = docx
  return new TableCell({ ...(columnSpan > 1 && { columnSpan }), children: value.split('\n').map(line => new Paragraph({ children: [new TextRun({ text: typeset(line), bold, font: FONT, size })] })) })
}

function blockParts(docx: Docx, block: Block, landscape: boolean): Array<InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>> {
  const width = textWidth(landscape)
  const { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, WidthType } = docx
  const text = (value: string, bold = false) => new TextRun({ text: typeset(value), bold, font: FONT, size: SIZE })
  switch (block.kind) {
    case 'heading':
      // Kept with what follows, as on paper from the browser.
      return [new Paragraph({ children: [text(block.text, true)], spacing: { before: 240, after: 120 }, keepNext: true, pageBreakBefore: block.newPage })]
    case 'dateLine':
      return [new Paragraph({ children: [text(`${block.date}\t${block.number}`)], tabStops: [{ type: TabStopType.RIGHT, position: width }], spacing: { after: 240 } })]
    case 'paragraph':
      return [new Paragraph({ children: [text(block.text)], alignment: block.align === 'center' ? AlignmentType.CENTER : block.align === 'right' ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED })]
    case 'narrative':
      return [
        new Paragraph({ children: [text(block.title, true)], spacing: { before: 120 } }),
        ...paragraphsOf(block.text || '________________').map(p => new Paragraph({ children: [text(p)], alignment: AlignmentType.JUSTIFIED })),
      ]
    case 'aside':
      return []
    case 'list':
      return block.items.map((item, i) => new Paragraph({ children: [text(`${i + 1}. ${item}`)], alignment: AlignmentType.JUSTIFIED }))
    case 'signature':
      // Never justified: the blank and the initials keep to the line's start, as on the sheet.
      return [new Paragraph({ children: [text([block.role, signedName(block.name)].filter(Boolean).join(' '))], alignment: AlignmentType.LEFT, spacing: { before: 480 } })]
    case 'grid': {
      const row = (cells: string[], head = false) => new TableRow({ tableHeader: head, cantSplit: head || !isLongRow(cells), children: cells.map((value, c) => tableCell(docx, value, TABLE_SIZE, head, c === cells.length - 1 ? block.columns - c : 1)) })
      const rows = [...(block.head ? [row(block.head, true)] : []), ...block.rows.map(cells => row(cells))]
      return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }), new Paragraph({ children: [] })]
    }
    case 'table': {
      // The head row repeats on every page the table runs over.
      const size = block.compact ? COMPACT_SIZE : TABLE_SIZE
      const run = (value: string, bold: boolean) => new TextRun({ text: typeset(value), bold, font: FONT, size })
      // A word too long for its column breaks at a soft hyphen, as on the page; Word would cut it anywhere.
      const cell = (value: string, bold: boolean, column: number) => tableCell(docx, withSoftHyphens(value, block.widths?.[column], landscape), size, bold)
      const row = (cells: string[], bold = false) => new TableRow({ tableHeader: bold, cantSplit: bold || !block.breakRows, children: cells.map((c, i) => cell(c, bold, i)) })
      // A part's row (a roadmap's stage) spans the table and keeps with the row under it; a note closing a part is plain.
      const subhead = (value: string, note: boolean) => new TableRow({ cantSplit: true, children: [new TableCell({ columnSpan: block.head.length, children: [new Paragraph({ keepNext: !note, children: [run(value, !note)] })] })] })
      const columnWidths = block.widths?.map(share => Math.round(width * share / 100))
      const body = tableBody(block).map(line => 'subhead' in line ? subhead(line.subhead, line.note) : row(line.cells))
      return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, ...(columnWidths && { columnWidths, layout: TableLayoutType.FIXED }), rows: [row(block.head, true), ...body] }), new Paragraph({ children: [] })]
    }
  }
}

/**
 * «УТВЕРЖДАЮ…» at the right of the sheet, its lines from the left, as on the page; a school's two or three headings
 * side by side, in a table with no borders.
 */
function approval(docx: Docx, lines: readonly string[], width: number): Array<InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>> {
  const { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx
  const columns = approvalColumns(lines)
  const paragraph = (line: string, indent = 0, after = 0) => new Paragraph({ alignment: AlignmentType.LEFT, indent: { left: indent }, spacing: { after }, children: [new TextRun({ text: typeset(line), font: FONT, size: SIZE })] })
  if (columns.length === 1)
    return lines.map((line, n) => paragraph(line, Math.round(width * 0.45), n === lines.length - 1 ? 360 : 0))
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
  const borders = { top: none, bottom: none, left: none, right: none }
  const cellWidth = Math.round(width / columns.length)
  return [
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: columns.map(() => cellWidth),
      borders: { ...borders, insideHorizontal: none, insideVertical: none },
      rows: [new TableRow({ children: columns.map(part => new TableCell({ borders, width: { size: cellWidth, type: WidthType.DXA }, children: part.map(line => paragraph(line)) })) })],
    }),
    new Paragraph({ spacing: { after: 240 }, children: [] }),
  ]
}

/**
 * The same blocks the page prints, as a Word document (A4, Times New Roman 14); docx is loaded only now. The blocks
 * from `landscapeFrom` on are a section of turned sheets, as on paper (an order's appendix begins on its first).
 */
export async function toDocx(doc: ReportDocument): Promise<Blob> {
  const docx = await import('docx')
  const { AlignmentType, Document, Packer, PageOrientation, Paragraph, TextRun } = docx
  const centred = (value: string, bold = false) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: typeset(value), bold, font: FONT, size: SIZE })] })
  const page = (landscape: boolean) => ({ page: { size: { ...A4, ...(landscape && { orientation: PageOrientation.LANDSCAPE }) }, margin: MARGIN } })
  const parts = (blocks: readonly Block[], landscape: boolean) => blocks.flatMap(block => blockParts(docx, block, landscape))
  const head = (landscape: boolean) => [...approval(docx, doc.approval ?? [], textWidth(landscape)), ...doc.preamble.map(line => centred(line)), centred(doc.title, true)]
  const from = doc.landscapeFrom ?? doc.blocks.length
  // A section starts a page of its own: the page break its first heading asks for is made already.
  const turned = doc.blocks.slice(from).map((block, i) => (i === 0 && block.kind === 'heading' ? { ...block, newPage: false } : block))
  const document = new Document({
    creator: 'Наставник',
    title: doc.title,
    sections: from === 0
      ? [{ properties: page(true), children: [...head(true), ...parts(doc.blocks, true)] }]
      : [
          { properties: page(false), children: [...head(false), ...parts(doc.blocks.slice(0, from), false)] },
          ...(turned.length ? [{ properties: page(true), children: parts(turned, true) }] : []),
        ],
  })
  return Packer.toBlob(document)
}
