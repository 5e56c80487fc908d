import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readRoadmapTable } from '#shared/roadmap/importTable'
import { captionedTables, documentTableOf } from '#shared/roadmap/pastedText'
import { rowsFromPastedText } from '#shared/roadmap/pastedText'
import { SEED_GRIDS } from './seedGrids.ts'
import { SEED_CONTEXT } from './seedPhrases.ts'

/** A grid as Excel puts it on the clipboard: a cell with a tab, a line break or a quote is quoted, quotes doubled. */
const clipboard = (grid: string[][]) =>
  `${grid.map(row => row.map(cell => (/[\t\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join('\t')).join('\r\n')}\r\n`

describe('rowsFromPastedText', () => {
  it('splits cells at tabs and rows at line breaks, of either kind', () => {
    expect(rowsFromPastedText('№\tМероприятие\r\n1.\tАнкетирование\n2.\t')).toEqual([['№', 'Мероприятие'], ['1.', 'Анкетирование'], ['2.', '']])
  })

  it('reads a quoted cell with line breaks and doubled quotes inside as one cell', () => {
    expect(rowsFromPastedText('1.\t"Сбор заявок;\nсобеседования ""по итогам"""\tМай\n'))
      .toEqual([['1.', 'Сбор заявок;\nсобеседования "по итогам"', 'Май']])
  })

  it('reads a cell that merely starts with a quote as it is', () => {
    expect(rowsFromPastedText('"Наставничество" в школе\tМай')).toEqual([['"Наставничество" в школе', 'Май']])
  })

  it('gives back every seed\'s grid from its clipboard text, and the same roadmap', () => {
    for (const [seed, grid] of Object.entries(SEED_GRIDS)) {
      const rows = rowsFromPastedText(clipboard(grid))
      expect(rows).toEqual(grid)
      const context = SEED_CONTEXT[seed as keyof typeof SEED_GRIDS]
      expect(readRoadmapTable(rows, context)).toEqual(readRoadmapTable(grid, context))
    }
  })
})

/** The tables of a pasted text, as rows of cells. */
const tablesFromPastedText = (text: string) => captionedTables(text).map(table => table.rows)

describe('the tables of a pasted text', () => {
  const seedText = (seed: string) => readFileSync(new URL(`./fixtures/seedText/${seed}.txt`, import.meta.url), 'utf8')

  it('keeps a document\'s other table as written, its blank rows and the empty cells ending a row gone (seed 001\'s passport)', () => {
    const passport = documentTableOf(captionedTables(seedText('001'))[1]!)
    expect(passport.caption).toBe('Паспорт программы наставничества')
    expect(passport.rows[0]).toEqual(['I. Общая информация'])
    expect(passport.rows.every(row => row.length && row.at(-1))).toBe(true)
    expect(passport.rows.find(row => row[1] === 'Цель реализации программы')).toEqual(['1.', 'Цель реализации программы', 'Создание эффективной модели наставничества в МБОУ «СОШ №20»'])
    expect(passport.rows.map(row => row.length)).toContain(7)
  })

  it('reads each seed\'s whole text, as the school saved it, into the roadmap its table transcribed cell by cell gives', () => {
    for (const [seed, grid] of Object.entries(SEED_GRIDS)) {
      const context = SEED_CONTEXT[seed as keyof typeof SEED_GRIDS]
      const tables = tablesFromPastedText(seedText(seed))
      // The roadmap is the table read into the most events, as of a Word document's tables.
      const roadmap = tables.map(table => readRoadmapTable(table, context)).reduce((best, next) => (next.events.length > best.events.length ? next : best))
      const transcribed = readRoadmapTable(grid, context)
      // Rows are counted from the table's first row, the title above it not being the table's.
      const rowless = <T extends { rowNumber?: number, row?: number }>({ rowNumber: _, row: __, ...rest }: T) => rest
      expect({ seed, events: roadmap.events.map(rowless), problems: roadmap.problems.map(rowless) }).toEqual({ seed, events: transcribed.events.map(rowless), problems: transcribed.problems.map(rowless) })
      expect({ seed, stages: roadmap.stages.map(rowless), numbering: roadmap.numbering, columns: roadmap.columns }).toEqual({ seed, stages: transcribed.stages.map(rowless), numbering: transcribed.numbering, columns: transcribed.columns })
    }
  })

  it('turns a converter\'s markup into the cell\'s lines and leaves a plain cell as it is', () => {
    expect(tablesFromPastedText('1.\t<p>1) Анализ.</p> <p>2) Обучение:</p> <ul style="list-style-type: none"> - материалы; </ul>\t<i>май</i>&nbsp;2024'))
      .toEqual([[['1.', '1) Анализ.\n2) Обучение:\n- материалы;', 'май 2024']]])
    expect(tablesFromPastedText('[bookmark: __DdeLink__8398_1521852936]Страница\t  Прокашева Т.А.')).toEqual([[['Страница', '  Прокашева Т.А.']]])
  })

  it('ends a table at a paragraph between blank lines, and reads a converter\'s cell-a-line layout', () => {
    expect(tablesFromPastedText('Заголовок\n\n№\tМероприятие\n1.\tАнкетирование\n--\t---\n\nПаспорт программы\n\nЦель\tМодель'))
      .toEqual([[['№', 'Мероприятие'], ['1.', 'Анкетирование']], [['Цель', 'Модель']]])
    expect(tablesFromPastedText('ДОРОЖНАЯ КАРТА\n\n\t№\n\tСроки\n\n\t1\n\t\n май\n\n\t2\n\tпостоянно\n\nПоказатели\n\n\tГод\n\t2020\n\t2021\n'))
      .toEqual([[['№', 'Сроки'], ['1', '\n май'], ['2', 'постоянно']], [['Год', '2020', '2021']]])
    // Each table keeps the paragraph above it that names it.
    expect(captionedTables('Заголовок\n\n№\tМероприятие\n1.\tАнкетирование\n\n**Паспорт\nпрограммы**\n\nЦель\tМодель').map(table => table.caption))
      .toEqual(['Заголовок', 'Паспорт программы'])
  })
})
