import type { PrintedHead } from '#shared/model/roadmap'

/** A printed roadmap's column: one of the school's table, or a stage's where a stage is a row. */
export type PrintedColumn = PrintedHead['role'] | 'stage'
import type { EditedText } from '#shared/model/documentDraft'
import { approvalParts } from '#shared/roadmap/pastedApproval'
import type { NameUse } from '../../data/names.ts'

/**
 * A printable document as plain data: the справка and the приказ are built once as blocks, then shown on
 * the page (print → PDF) and written to DOCX from the same blocks, so the two can never say different things.
 */
export type Block
  = | { kind: 'heading', text: string, newPage?: boolean }
    /** «12 сентября 2026 г.» at the left, «№ 45» at the right: a приказ's first line. */
    | { kind: 'dateLine', date: string, number: string }
    | { kind: 'paragraph', text: string, align?: 'center' | 'right', edit?: ParagraphEdit }
    | { kind: 'list', items: string[] }
    /** How the app made a figure, for the curator on screen: a school signs the справка, not the app's notes. */
    | { kind: 'aside', text: string }
    | TableBlock
    /**
     * A table of the school's document as written, each row's last cell across the columns it lacks of the widest
     * row's `columns`; `head`, where its first row heads every column (seed 003's «Наименование показателя | 2020 …»),
     * repeats on each sheet; `label` names it to a screen reader.
     */
    | { kind: 'grid', label: string, head?: string[], rows: string[][], columns: number }
    /** The curator's own words: several paragraphs, editable on screen before printing. */
    | { kind: 'narrative', section: string, title: string, text: string, placeholder: string }
    | { kind: 'signature', role: string, name: string }

/**
 * `compact`: a table of many columns, printed smaller so that it keeps within the sheet. `widths`: each column's
 * share in percent, so that tables of one kind line up from one to the next and keep within an A4 portrait sheet.
 * `subheads`: rows across the whole table that name its parts (a roadmap's stages), each before the row it heads;
 * a `note` is such a row in plain type that closes a part (a stage's resources), kept with nothing. `breakRows`: its
 * rows may run over a page's end, each being a whole part (a stage of seed 000's table), often half a page or more.
 */
export interface TableBlock {
  kind: 'table'
  head: string[]
  rows: string[][]
  compact?: boolean
  widths?: number[]
  subheads?: Array<{ before: number, text: string, note?: boolean }>
  breakRows?: boolean
}

/** A table's body as printed: its rows in order, each part's subheading before the part's first row. */
export function tableBody(block: TableBlock): Array<{ subhead: string, note: boolean } | { cells: string[] }> {
  const before = (r: number) => (block.subheads ?? []).filter(s => Math.min(s.before, block.rows.length) === r).map(s => ({ subhead: s.text, note: !!s.note }))
  return [...block.rows.flatMap((cells, r) => [...before(r), { cells }]), ...before(block.rows.length)]
}

/** A table's name for a screen reader, on its scroll box: the heading it stands under, else the document's title. */
export function tableLabel(doc: ReportDocument, index: number): string {
  const heading = doc.blocks.slice(0, index).reverse().find(block => block.kind === 'heading')
  return typeset(heading?.kind === 'heading' ? heading.text : doc.title)
}

/** Characters of the documents' 12-pt text in a line of the sheet's text width, upright and turned. */
const LINE_CHARS = { upright: 80, turned: 120 }

/** Lines a row may take and still be kept whole on one sheet: about a third of it, upright and turned. */
const LONG_ROW_LINES = { upright: 16, turned: 11 }

/** About how many lines a cell's text takes in its column (`widthPercent` of the text width), each paragraph anew. */
function cellLines(text: string, widthPercent: number, landscape: boolean): number {
  // A cell's padding takes about two characters of its width; the narrowest column still holds a word.
  const perLine = Math.max(8, Math.floor((landscape ? LINE_CHARS.turned : LINE_CHARS.upright) * widthPercent / 100) - 2)
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / perLine)), 0)
}

/**
 * A row too tall to keep whole on a sheet: it may break across two, where a row kept whole would leave most of a
 * sheet blank before it — seed 004's first event, some 700 characters in a column a third of A4 wide, pushed the
 * title and the table's start off the first sheet; seed 000's «Блок 6», six points in 499 characters in a quarter
 * of it, left the sheet before it 60 % empty. Columns without set widths share the width equally.
 */
export function isLongRow(cells: readonly string[], widths?: readonly number[], landscape = false): boolean {
  return cells.some((cell, c) => cellLines(cell, widths?.[c] ?? 100 / cells.length, landscape) > (landscape ? LONG_ROW_LINES.turned : LONG_ROW_LINES.upright))
}

/**
 * A roadmap as the school approves it (№, event, deadline, who answers for it, the result or document), in every
 * document. On A4 portrait at 12 pt each column holds the longest words the seeds put in it whole: «необходимости»
 * (a deadline), «Ответственный» (the head, bold), «удовлетворённости» (a result).
 */
export const ROADMAP_COLUMN_WIDTHS: Readonly<Record<PrintedHead['role'], number>> = { number: 7, title: 30, deadline: 19, responsible: 21, result: 23 }

/**
 * A roadmap a stage a row, as seed 004 lays it out: the events' cell holds a whole stage's (some 700 characters in
 * its first row) and takes the width the others, a few words each, leave it: «Наименование» and «Ответственные»
 * (the heads, bold) whole, «Сентябрь-» on a line.
 */
export const ROADMAP_STAGES_COLUMN_WIDTHS: Readonly<Record<PrintedColumn, number>> = { number: 6, stage: 19, title: 39, deadline: 15, responsible: 21, result: 19 }

/** A roadmap by spheres, as seed 000 lays it out: the stage and its deadline, work inside, work outside, resources. */
export const ROADMAP_SPHERES_WIDTHS = [22, 30, 26, 22]

/** How a roadmap was carried out (№, event, deadline, what came of it), as the справка reports it. */
export const ROADMAP_PROGRESS_WIDTHS = [8, 50, 20, 22]

/**
 * A paragraph the curator may rewrite: its key in the draft, the text the data gives now, and whether the data
 * changed since they rewrote it (they are shown both and choose).
 */
export interface ParagraphEdit {
  key: string
  generated: string
  edited: boolean
  stale: boolean
}

/** A paragraph as the data gives it, or as the curator rewrote it (kept in the document's draft). */
export function editableParagraph(key: string, generatedText: string, texts: Readonly<Record<string, EditedText>>, align?: 'center'): Block {
  // A sentence that ends on a name with initials («… Прокашеву Т.А.») keeps one full stop.
  const generated = generatedText.replace(/(?<![.])\.\.$/u, '.')
  const edited = texts[key]
  return {
    kind: 'paragraph',
    ...(align && { align }),
    text: edited ? edited.text : generated,
    edit: { key, generated, edited: Boolean(edited), stale: Boolean(edited && edited.base !== generated && edited.text !== generated) },
  }
}

export interface ReportDocument {
  /** The file's name without extension, and the page's title. */
  fileName: string
  title: string
  /**
   * «УТВЕРЖДАЮ», the director and the approving order: lines at the top right, above the title. A school's own
   * heading of two or three approvals («РАССМОТРЕНО…», blank line, «УТВЕРЖДАЮ…») sets them side by side (`approvalColumns`).
   */
  approval?: string[]
  /** Lines above the title: the school, the place and date. */
  preamble: string[]
  blocks: Block[]
  /** The first block printed on A4 landscape, with all after it (a roadmap turned, `Roadmap.orientation`); 0: the whole document. */
  landscapeFrom?: number
  /** The declined name forms it used, for the curator to check and correct. */
  names?: NameUse[]
}

/** The approval's columns: two or three approvals side by side, as a school's sheet sets them; else one, at the right. */
export function approvalColumns(lines: readonly string[]): string[][] {
  const parts = approvalParts(lines)
  return parts.length >= 2 && parts.length <= 3 ? parts : [[...lines]]
}

const NBSP = '\u00A0'
/** An initial and the initial or surname after it: «Я. А. Шиловская», «О.В. Владимирова». */
const INITIAL = /(?<![\p{L}\d])(\p{Lu}\.) (?=\p{Lu})/gu
/**
 * A place's kind abbreviated and its name: «г. Калуги», «п. Усолье-7», «ул. Ленина». Not a year's «г.» before the
 * next sentence («2021 г. Далее»), nor «т. п. Далее».
 */
const PLACE = /(?<![\p{L}\d])(?<!\d[\s\u00A0])(?<!т\.\s)(г|п|пос|с|ул|пр)\. (?=\p{Lu})/gu
/** A surname and the initials after it: «Шиловская Я. А.». */
const SURNAME = /(?<![\p{L}\d])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*) (?=\p{Lu}\.)/gu

/**
 * Text as the sheet sets it: a year and its «г.» (a blank one's «20___ г.» too; «2021 г» and «2021-2024 гг.» as
 * schools also write them) never part at a line's end, so «г.» never starts a line alone, and a name's initials
 * stay with its surname («Я. А.» never ends a line before «Шиловская»). A number stays with what it counts
 * («28,6 %», «53 из 312»), so a narrow cell never leaves «%» on a line of its own; «№» with its number («№ АЗ-1128/08/657»)
 * and «г.» with its town («г. Калуги»), so neither ends a line alone. Not a date's parts: bound
 * together, «с 7 декабря 2026 г.» is wider than a column of сроки, which then breaks it anywhere. On the page and
 * in the DOCX alike; the data and the curator's edits keep plain spaces.
 */
export const typeset = (text: string): string => text
  .replace(/([\d_]) (гг?\.?)(?![\p{L}\d])/gu, `$1${NBSP}$2`)
  .replace(/(\d) %/g, `$1${NBSP}%`)
  .replace(/(\d) из (?=\d)/g, `$1${NBSP}из${NBSP}`)
  .replace(/№ (?=[\p{Lu}\d])/gu, `№${NBSP}`)
  .replace(PLACE, `$1.${NBSP}`)
  .replace(SURNAME, `$1${NBSP}`)
  .replace(INITIAL, `$1${NBSP}`)

/** The blank a signature is written on; shorter on the lines to sign under an order, which stand two to a row. */
const SIGNATURE_BLANK = '____________________'
export const LINE_BLANK = '______________'

/** What follows the role on a signature line: the blank and the initials, kept to one line together. */
export const signedName = (name: string, blank = SIGNATURE_BLANK): string => name ? `${blank}${NBSP}${typeset(name)}` : blank

/** Paragraphs of a text as typed: blank lines separate them. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n/).map(p => p.trim()).filter(Boolean)
}
