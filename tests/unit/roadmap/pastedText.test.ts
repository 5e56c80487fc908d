import { describe, expect, it } from 'vitest'
import { readRoadmapTable, rowsFromPastedText } from '#shared/roadmap/importTable'
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
