import { describe, expect, it } from 'vitest'
import { readRoadmapTable } from '#shared/roadmap/importTable'
import { parseDeadline } from '#shared/roadmap/parseDeadline'
import { periodOfDeadlines } from '#shared/roadmap/periodOfDeadlines'
import { SEED_GRIDS } from './seedGrids.ts'

const context = { periodStart: '2026-09-01', periodEnd: '2027-06-30' }
const deadlines = (...words: string[]) => words.map(w => parseDeadline(w, context).deadline)

describe('the period a table\'s deadlines span', () => {
  it('is seed 004\'s September 2023 to November 2024, from its own years, whatever period the import had', () => {
    const table = readRoadmapTable(SEED_GRIDS['004'], context)
    expect(periodOfDeadlines(table.events.map(e => e.deadline))).toEqual({ startDate: '2023-09-01', endDate: '2024-11-30' })
  })

  it('counts only the deadlines that write a year: a bare month takes the import\'s year and says nothing', () => {
    expect(periodOfDeadlines(deadlines('сентябрь', 'до 15.10.2025', 'С октября 2025 г. по мере необходимости', 'постоянно'))).toEqual({ startDate: '2025-10-01', endDate: '2025-10-31' })
  })

  it('is none where no deadline writes a year', () => {
    expect(periodOfDeadlines(deadlines('сентябрь', 'ежегодно', 'в течение года'))).toBeUndefined()
  })
})
