/**
 * A printable document as plain data: the справка and the приказ are built once as blocks, then shown on
 * the page (print → PDF) and written to DOCX from the same blocks, so the two can never say different things.
 */
export type Block
  = | { kind: 'heading', text: string }
    | { kind: 'paragraph', text: string, align?: 'center' | 'right' }
    | { kind: 'list', items: string[] }
    | { kind: 'table', head: string[], rows: string[][] }
    /** The curator's own words: several paragraphs, editable on screen before printing. */
    | { kind: 'narrative', section: string, title: string, text: string, placeholder: string }
    | { kind: 'signature', role: string, name: string }

export interface ReportDocument {
  /** The file's name without extension, and the page's title. */
  fileName: string
  title: string
  /** Lines above the title: the school, the place and date. */
  preamble: string[]
  blocks: Block[]
}

/** Paragraphs of a text as typed: blank lines separate them. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n/).map(p => p.trim()).filter(Boolean)
}
