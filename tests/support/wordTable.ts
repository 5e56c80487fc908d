import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'

/** One cell of a Word table: a paragraph a line; `span` columns wide. */
interface WordCell {
  lines: string[]
  span?: number
  /** Part of a vertical merge: its first cell (`restart`) or one under it (`continue`). */
  merge?: 'restart' | 'continue'
}

const cellOf = (cell: string | WordCell) => {
  const { lines, span, merge } = typeof cell === 'string' ? { lines: [cell] } as WordCell : cell
  return new TableCell({ children: lines.map(line => new Paragraph(line)), columnSpan: span, verticalMerge: merge })
}

type Rows = ReadonlyArray<ReadonlyArray<string | WordCell>>
const tableOf = (rows: Rows) => new Table({ rows: rows.map(row => new TableRow({ children: row.map(cellOf) })) })

/** A .docx holding a paragraph and a table of `rows`, as a school keeps its roadmap; `before`, a table above it (its goals). */
export async function wordTable(rows: Rows, before?: Rows): Promise<Uint8Array<ArrayBuffer>> {
  const document = new Document({ sections: [{ children: [new Paragraph('УТВЕРЖДАЮ'), ...(before ? [tableOf(before), new Paragraph('')] : []), tableOf(rows)] }] })
  return Uint8Array.from(await Packer.toBuffer(document))
}
