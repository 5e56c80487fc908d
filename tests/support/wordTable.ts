import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx'

/** One cell of a Word table: a paragraph a line; `span` columns wide. */
export interface WordCell {
  lines: string[]
  span?: number
  /** Part of a vertical merge: its first cell (`restart`) or one under it (`continue`). */
  merge?: 'restart' | 'continue'
}

const cellOf = (cell: string | WordCell) => {
  const { lines, span, merge } = typeof cell === 'string' ? { lines: [cell] } as WordCell : cell
  return new TableCell({ children: lines.map(line => new Paragraph(line)), columnSpan: span, verticalMerge: merge })
}

/** A .docx holding a paragraph and one table of `rows`, as a school keeps its roadmap. */
export async function wordTable(rows: ReadonlyArray<ReadonlyArray<string | WordCell>>): Promise<Uint8Array<ArrayBuffer>> {
  const table = new Table({ rows: rows.map(row => new TableRow({ children: row.map(cellOf) })) })
  const document = new Document({ sections: [{ children: [new Paragraph('УТВЕРЖДАЮ'), table] }] })
  return Uint8Array.from(await Packer.toBuffer(document))
}
