import { fileURLToPath } from 'node:url'
import { readSheet } from 'read-excel-file/node'
import { expect, it } from 'vitest'
import { readRoadmapTable } from '#shared/roadmap/importTable'
import { SEED_001 } from './fixtures/seed001.ts'
import { SEED_CONTEXT } from './seedPhrases.ts'

const XLSX = fileURLToPath(new URL('../../e2e/fixtures/seed001-roadmap.xlsx', import.meta.url))

it('reads seed 001 from its .xlsx to the same grid, and the same stages and events, as from its fixture', async () => {
  const sheet = await readSheet(XLSX)
  // The reader gives null for an empty cell; the import takes text.
  const grid = sheet.map(row => row.map(cell => (cell === null ? '' : String(cell))))
  expect(grid).toEqual(SEED_001)
  expect(readRoadmapTable(grid, SEED_CONTEXT['001'])).toEqual(readRoadmapTable(SEED_001, SEED_CONTEXT['001']))
})
