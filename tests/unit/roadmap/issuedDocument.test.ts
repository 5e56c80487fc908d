import { describe, expect, it } from 'vitest'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import { roadmapFromTable } from '#shared/roadmap/fromTable'
import { readRoadmapTable } from '#shared/roadmap/importTable'
import { issuedDocumentOf } from '#shared/roadmap/issuedDocument'
import { rollOver } from '#shared/roadmap/roadmaps'
import { SEED_GRIDS } from './seedGrids.ts'

describe('a result cell naming an issued document', () => {
  it('reads seed 002\'s orders and a protocol written date first, in figures or in words', () => {
    expect(issuedDocumentOf('Приказ №32 от 04.09.2024 г.')).toEqual({ kind: 'Приказ', number: '32', date: '2024-09-04', link: '' })
    expect(issuedDocumentOf('Приказ №32 от 04.09.2024 г')).toMatchObject({ number: '32', date: '2024-09-04' })
    expect(issuedDocumentOf(' Приказ № 21 от 30.08.2024 г. ')).toMatchObject({ kind: 'Приказ', number: '21', date: '2024-08-30' })
    expect(issuedDocumentOf('Протокол педсовета № 1 от 30 августа 2024 года')).toEqual({ kind: 'Протокол педсовета', number: '1', date: '2024-08-30', link: '' })
    expect(issuedDocumentOf('Протокол от 31.08.2023 № 1')).toMatchObject({ kind: 'Протокол', number: '1', date: '2023-08-31' })
  })

  it('reads a plan as none: a bare kind, a sentence around an order, a day that does not exist', () => {
    for (const cell of ['Приказ', 'Приказ о назначении кураторов', 'Паспорт и план мероприятий программы', 'Издан приказ №5 от 01.09.2024, проведено совещание', 'Приказ №32 от 31.02.2024', 'Приказ № __ от __.__.2025 г.'])
      expect(issuedDocumentOf(cell), cell).toBeNull()
  })
})

describe('seed 002 imported', () => {
  const made = (today: string) => roadmapFromTable(readRoadmapTable(SEED_GRIDS['002'], { periodStart: '2024-09-01', periodEnd: '2025-06-30' }), { title: 'План', startDate: '2024-09-01', endDate: '2025-06-30' }, 'Мероприятия', today)
  const byTitle = (roadmap: ReturnType<typeof made>, start: string) => roadmap.events.find(e => e.fields.title.startsWith(start))!.fields

  it('marks done the events whose orders are issued, on their days, and keeps the cell as the school wrote it', () => {
    const roadmap = made('2026-12-07')
    expect(byTitle(roadmap, 'Издание распорядительного акта')).toMatchObject({ status: 'done', doneOn: '2024-08-30', plannedResult: 'Приказ №21 от 30.08.2024 г.', issued: { kind: 'Приказ', number: '21', date: '2024-08-30' } })
    expect(byTitle(roadmap, 'Назначение кураторов')).toMatchObject({ status: 'done', doneOn: '2024-09-04', issued: { number: '32' } })
    const planned = roadmap.events.filter(e => !issuedDocumentOf(e.fields.plannedResult))
    expect(planned.length).toBeGreaterThan(10)
    expect(planned.every(e => e.fields.status === 'planned' && e.fields.issued === null)).toBe(true)
  })

  it('leaves an order dated after the import day planned: it is not issued yet', () => {
    expect(byTitle(made('2024-08-31'), 'Назначение кураторов')).toMatchObject({ status: 'planned', doneOn: '', issued: null })
    expect(byTitle(made('2024-08-31'), 'Издание распорядительного акта')).toMatchObject({ status: 'done' })
  })

  it('rolls over to an order to issue next year, its number and date blank', () => {
    const roadmap = made('2026-12-07')
    const asRecord = <T extends object>(id: string, fields: T) => ({ id, updatedAt: '', deleted: 0 as const, ...fields })
    const next = rollOver(asRecord(roadmap.id, roadmap.fields), roadmap.events.map(e => asRecord(e.id, e.fields) as RoadmapEvent))
    expect(byTitle(next, 'Назначение кураторов')).toMatchObject({ status: 'planned', issued: null, plannedResult: 'Приказ №__ от __.__.2025 г' })
    expect(byTitle(next, 'Издание распорядительного акта').plannedResult).toBe('Приказ №__ от __.__.2025 г.')
  })
})
