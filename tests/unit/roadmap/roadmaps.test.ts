import * as v from 'valibot'
import { calendarYear, reportPeriod } from '#shared/roadmap/reportPeriod'
import { describe, expect, it } from 'vitest'
import type { Roadmap } from '#shared/model/roadmap'
import { approvalKindOf, canDeleteRoadmap, nextRoadmapId, roadmapIdFor, RoadmapFields } from '#shared/model/roadmap'
import { type RoadmapEvent, RoadmapEventFields } from '#shared/model/roadmapEvent'
import type { RoadmapItem } from '#shared/model/roadmapItem'
import { RoadmapTemplateFields } from '#shared/model/roadmapTemplate'
import { validate } from '#shared/api/validate'
import { roadmapFromLegacy } from '#shared/roadmap/legacy'
import { eventDone, eventMarking, eventState, roadmapProgress, periodEventState } from '#shared/roadmap/progress'
import { roadmapFromTable } from '#shared/roadmap/fromTable'
import { readRoadmapTable } from '#shared/roadmap/importTable'
import { currentRoadmap, eventNumbers, rolledOverPeriod, rollOver, roadmapFromTemplate, templateFromRoadmap } from '#shared/roadmap/roadmaps'
import { shiftTitleYears } from '#shared/roadmap/shiftDeadline'
import { BUILT_IN_TEMPLATES } from '#shared/roadmap/templates'
import { SEED_GRIDS } from './seedGrids.ts'

const asRecord = <T extends object>(id: string, fields: T) => ({ id, updatedAt: '', deleted: 0 as const, ...fields })

function schoolRoadmap(startYear: number) {
  const made = roadmapFromTemplate(BUILT_IN_TEMPLATES.students, startYear)
  return { roadmap: asRecord(made.id, made.fields) as Roadmap, events: made.events.map(e => asRecord(e.id, e.fields) as RoadmapEvent) }
}

describe('templates', () => {
  it('both built-in templates are valid records, and a roadmap made from one moves every date by whole years', () => {
    for (const template of Object.values(BUILT_IN_TEMPLATES))
      expect(validate(RoadmapTemplateFields, template).ok).toBe(true)
    const made = roadmapFromTemplate(BUILT_IN_TEMPLATES.teachers, 2026)
    expect(made.id).toBe(roadmapIdFor(2026))
    expect(made.fields).toMatchObject({ startDate: '2026-09-01', endDate: '2027-12-31' })
    expect(made.fields.stages.map(s => s.title).slice(4)).toEqual(['Организация и осуществление работы наставнических пар/групп', 'Завершение персонализированных программ наставничества', 'Информационная поддержка системы наставничества'])
    expect(made.events[0]!.fields.deadline).toMatchObject({ kind: 'period', from: '2026-09', to: '2026-12' })
    for (const event of made.events)
      expect(validate(RoadmapEventFields, event.fields).ok, event.fields.title).toBe(true)
    expect(validate(RoadmapFields, made.fields).ok).toBe(true)
  })

  it('a school\'s roadmap saved as a template gives back its stages, order and deadlines', () => {
    const { roadmap, events } = schoolRoadmap(2024)
    const swapped = events.map((e, i) => i === 0 ? { ...e, position: 99 } : e)
    const template = templateFromRoadmap(roadmap, [...swapped, { ...events[1]!, id: 'gone', deleted: 1 }])
    expect(validate(RoadmapTemplateFields, template).ok).toBe(true)
    expect(template.events).toHaveLength(events.length)
    expect(template.events.filter(e => e.stage === 0).at(-1)!.title).toBe(events[0]!.title)
    const again = roadmapFromTemplate(template, 2025)
    expect(again.fields.layout).toBe('events')
    // A template saved before templates kept the layout: one with a sphere on every event is laid out by spheres.
    const { print: _print, ...older } = template
    const bySpheres = { ...older, events: template.events.map((e, i) => ({ ...e, sphere: i % 2 ? 'outside' as const : 'inside' as const })) }
    expect(roadmapFromTemplate(bySpheres, 2025).fields.layout).toBe('spheres')
    // One saved since keeps its roadmap's layout, an event a row where that was set by none.
    expect(roadmapFromTemplate({ ...bySpheres, print: {} }, 2025).fields.layout).toBe('events')
    expect(again.events.map(e => e.fields.deadline)).toContainEqual(expect.objectContaining({ kind: 'period', from: '2025-09', to: '2025-10' }))
  })

  it('keeps a stage printed as a row of the table through the template\'s check, as the server stores it', () => {
    const { roadmap, events } = schoolRoadmap(2024)
    const template = templateFromRoadmap({ ...roadmap, stages: roadmap.stages.map((stage, i) => (i === 1 ? { ...stage, asRow: true } : stage)) }, events)
    const stored = v.parse(RoadmapTemplateFields, template)
    expect(roadmapFromTemplate(stored, 2025).fields.stages.map(stage => stage.asRow ?? false)).toEqual(roadmap.stages.map((_, i) => i === 1))
  })
})

const imported = (seed: keyof typeof SEED_GRIDS) => {
  const made = roadmapFromTable(readRoadmapTable(SEED_GRIDS[seed], { periodStart: '2021-09-01', periodEnd: '2024-06-30' }), { title: 'Карта', startDate: '2021-09-01', endDate: '2024-06-30' }, 'Мероприятия', '2026-12-07')
  return { roadmap: asRecord(made.id, made.fields) as Roadmap, events: made.events.map(e => asRecord(e.id, e.fields) as RoadmapEvent) }
}

describe('a template of the school\'s own roadmap', () => {
  it('prints the roadmap made from it as the school\'s did: seed 004\'s stage a row under its heads, its numbers, its heading a year on', () => {
    const { roadmap, events } = imported('004')
    const own = { ...roadmap, eventNumbering: 'table' as const, stageHead: 'Наименование этапа', approvalKind: 'own' as const, approval: 'СОГЛАСОВАНО\n(протокол от 31.08.2021 № 1)', intro: 'Цель: …' }
    const template = templateFromRoadmap(own, events.map((e, i) => ({ ...e, number: i ? '' : '1.1' })))
    expect(validate(RoadmapTemplateFields, template).ok).toBe(true)
    const made = roadmapFromTemplate(template, 2023)
    expect(made.fields).toMatchObject({ layout: 'stages', heads: roadmap.heads, stageHead: 'Наименование этапа', eventNumbering: 'table', intro: 'Цель: …', approvalKind: 'own', approval: 'СОГЛАСОВАНО\n(протокол от __.__.2023 № __)' })
    expect(made.fields.stages.map(s => [s.label, s.unheaded])).toEqual(roadmap.stages.map(s => [s.label, s.unheaded]))
    expect(made.events.map(e => e.fields.number).slice(0, 2)).toEqual(['1.1', ''])
    expect(validate(RoadmapFields, made.fields).ok).toBe(true)
  })
})

describe('event numbers', () => {
  it('lays out by spheres the table that had them (seed 000\'s «Работа внутри учреждения» / «с внешней средой»), a stage a row seed 004\'s, the others an event a row', () => {
    expect(imported('000').roadmap.layout).toBe('spheres')
    expect(imported('004').roadmap.layout).toBe('stages')
    // Seed 003's events before its first stage row keep to a stage of their own, printed with no heading.
    expect(imported('003').roadmap.stages.map(stage => [stage.label, !!stage.unheaded])).toEqual([['', true], ['3', false]])
    expect(imported('001').roadmap.stages.some(stage => stage.unheaded)).toBe(false)
    for (const seed of ['001', '002', '003'] as const)
      expect(imported(seed).roadmap.layout).toBe('events')
  })

  it('numbers as the school wrote it (seed 001: «1.» … «20.», then «19», «20.» again; 002), straight through only where its numbers are 1 … n, an event with none of its own unnumbered', () => {
    const seed001 = imported('001')
    expect(seed001.roadmap.eventNumbering).toBe('table')
    const printed = [...eventNumbers(seed001.roadmap, seed001.events).values()]
    expect(printed.slice(0, 2)).toEqual(['1.', '2.'])
    expect(printed.slice(16, 24)).toEqual(['17.', '18', '19.', '20.', '19', '20.', '21.', '22.'])
    // Its stages as it heads them, «1 этап» and then «Этап 2»: not reworded to the one numbering.
    expect(seed001.roadmap.stages.map(stage => stage.label)).toEqual(['1 этап', 'Этап 2', 'Этап 3', 'Этап 4', 'Этап 5', 'Этап 6', 'Этап 7'])
    // A table numbered 1, 2 … n exactly goes on straight through, so an event added later is numbered too.
    const numbered = (...numbers: string[]) => roadmapFromTable(readRoadmapTable([SEED_GRIDS['003'][0]!, ...numbers.map((n, i) => [n, `Мероприятие ${i}`, 'май', '', ''])], { periodStart: '2020-09-01', periodEnd: '2021-06-30' }), { title: 'Карта', startDate: '2020-09-01', endDate: '2021-06-30' }, 'Мероприятия', '2026-12-07').fields.eventNumbering
    expect([numbered('1', '2', '3'), numbered('1.', '2.', '3.'), numbered('1', '3'), numbered('', '')]).toEqual(['through', 'table', 'table', 'stage'])

    const table = imported('002')
    expect(table.roadmap.eventNumbering).toBe('table')
    const asWritten = eventNumbers(table.roadmap, table.events)
    // Part I's second section numbers 2.1–2.4, and part II's events are 2.1–2.3 again: printed as the school wrote them.
    expect(table.events.map(e => asWritten.get(e.id))).toEqual(['1.1.', '1.2.', '1.3.', '1.4.', '2.1', '2.2', '2.3.', '2.4.', '2.1.', '2.2.', '2.3.', '3.1.', '3.2.', '3.3.', '4.1.', '4.2.', '4.3.', '4.4.'])
    // Its stages as it labels them: no one numbering gives «I», then «1» and «2» inside it, then «II».
    expect(table.roadmap.stages.map(stage => stage.label)).toEqual(['I', '1', '2', 'II', 'III', 'IV'])
    const added = { ...table.events[0]!, id: 'added', number: '', position: 99 }
    // One with no number of its own has none, on the screens as on paper, until one is typed for it.
    expect(eventNumbers(table.roadmap, [...table.events, added]).get('added')).toBe('')
    expect(eventNumbers(table.roadmap, [...table.events, { ...added, number: '2.5' }]).get('added')).toBe('2.5')
  })

  it('counts live events in stage order then position, and keeps the numbering on a roll-over', () => {
    const { roadmap, events } = schoolRoadmap(2024)
    const through = { ...roadmap, eventNumbering: 'through' as const }
    const [a, b] = events.filter(e => e.stageId === roadmap.stages[0]!.id)
    const numbers = eventNumbers(through, [{ ...a!, position: 5 }, b!, { ...b!, id: 'gone', deleted: 1 }])
    expect([numbers.get(b!.id), numbers.get(a!.id), numbers.has('gone')]).toEqual(['1', '2', false])
    expect(rollOver(through, events).fields.eventNumbering).toBe('through')
    expect(rollOver({ ...roadmap, layout: 'spheres' }, events).fields.layout).toBe('spheres')
    // Seed 004 a stage a row: next year's prints its columns headed as the school heads them, the stages' too.
    const stagesHeads = [{ role: 'number' as const, text: '№' }, { role: 'title' as const, text: 'Содержание деятельности и план мероприятий' }]
    expect(rollOver({ ...roadmap, layout: 'stages', heads: stagesHeads, stageHead: 'Наименование этапа' }, events).fields).toMatchObject({ layout: 'stages', heads: stagesHeads, stageHead: 'Наименование этапа' })
    expect(rollOver({ ...roadmap, eventNumbering: 'table' }, [{ ...a!, number: '2.1' }]).events[0]!.fields.number).toBe('2.1')
  })

  it('moves a title\'s years with its dates on a roll-over, the school\'s words printed as written staying true', () => {
    const { roadmap, events } = schoolRoadmap(2024)
    const titled = (title: string) => rollOver({ ...roadmap, title }, events).fields.title
    expect([titled('План на период 2021-2024 гг. в МБОУ «СОШ №20»'), titled('Дорожная карта на 2024/25 учебный год'), titled('Дорожная карта на 2099/00 учебный год'), titled('Дорожная карта ГБОУ Школа № 2086 на 2024-2025 учебный год')])
      .toEqual(['План на период 2022-2025 гг. в МБОУ «СОШ №20»', 'Дорожная карта на 2025/26 учебный год', 'Дорожная карта на 2100/01 учебный год', 'Дорожная карта ГБОУ Школа № 2086 на 2025-2026 учебный год'])
    expect(shiftTitleYears('Дорожная карта на 2024-2025 учебный год', 2)).toBe('Дорожная карта на 2026-2027 учебный год')
  })

  it('rolls a roadmap over several years over to the next such period, a year\'s to the next year', () => {
    const { roadmap, events } = schoolRoadmap(2024)
    const years = { ...roadmap, title: 'Дорожная карта внедрения целевой модели наставничества на 2020-2024 годы', startDate: '2020-01-01', endDate: '2024-12-31' }
    const once = { ...events[0]!, deadline: { kind: 'on' as const, at: '2020-11', text: 'ноябрь 2020' } }
    const next = rollOver(years, [once])
    expect(next.fields).toMatchObject({ title: 'Дорожная карта внедрения целевой модели наставничества на 2025-2029 годы', startDate: '2025-01-01', endDate: '2029-12-31' })
    expect(next.events[0]!.fields.deadline).toMatchObject({ kind: 'on', at: '2025-11' })
    expect(rolledOverPeriod(years).years).toBe(5)
    expect(rolledOverPeriod(roadmap)).toEqual({ years: 1, startDate: '2025-09-01', endDate: roadmap.endDate.replace(/^\d{4}/, y => String(Number(y) + 1)) })
    // The teachers' template runs sixteen months: still a year's roadmap.
    expect(rolledOverPeriod({ startDate: '2026-09-01', endDate: '2027-12-31' }).years).toBe(1)
  })

  it('lets a roadmap set beside be deleted, not a year\'s own nor one a roll-over of a live roadmap would make again', () => {
    const beside = { id: '0190a1b2-0000-7000-8000-00000000000a', startDate: '2024-09-01' }
    const year = { id: roadmapIdFor(2024), startDate: '2024-09-01' }
    const next = { id: nextRoadmapId(beside), startDate: '2025-09-01' }
    expect([canDeleteRoadmap(beside, [year, beside, next]), canDeleteRoadmap(year, [year]), canDeleteRoadmap(next, [year, beside, next]), canDeleteRoadmap(next, [year, next])])
      .toEqual([true, false, false, true])
  })

  it('keeps on a roll-over the text before the table and the form of the heading, and asks a year\'s approval again', () => {
    const { roadmap, events } = schoolRoadmap(2024)
    // The school's own words stay while another heading is chosen, renewed like the heading itself.
    const none = rollOver({ ...roadmap, approvalKind: 'none', approval: 'СОГЛАСОВАНО\nпротокол № 1', intro: 'Цель: …' }, events).fields
    expect([none.approvalKind, none.approval, none.intro]).toEqual(['none', 'СОГЛАСОВАНО\nпротокол № __', 'Цель: …'])
    const director = rollOver({ ...roadmap, approvalKind: 'director', approval: 'СОГЛАСОВАНО' }, events).fields
    expect([director.approval, approvalKindOf(director)]).toEqual(['СОГЛАСОВАНО', 'director'])
    expect(approvalKindOf(rollOver(roadmap, events).fields)).toBe('director')
    // Seed 004's council and seed 002's director stay; last year's protocol and order do not approve the next year.
    const own = rollOver({ ...roadmap, approvalKind: 'own', approval: 'СОГЛАСОВАНО\nпедагогическим советом\nМБОУ «СОШ № 47» г. Калуги\n(протокол от 31.08.2023 № 1)\n\nУТВЕРЖДАЮ:\nПриказ № 21-од от 30.08.2024 г.' }, events).fields
    expect([own.approval, own.approvalKind]).toEqual(['СОГЛАСОВАНО\nпедагогическим советом\nМБОУ «СОШ № 47» г. Калуги\n(протокол от __.__.2024 № __)\n\nУТВЕРЖДАЮ:\nПриказ № __ от __.__.2025 г.', 'own'])
    expect(validate(RoadmapFields, own).ok).toBe(true)
    // A year later again, the blanks' years move on with it.
    expect(rollOver({ ...roadmap, ...own, id: roadmap.id, updatedAt: roadmap.updatedAt, deleted: 0 }, events).fields.approval).toContain('(протокол от __.__.2025 № __)')
    // The school's own heading left with no words (a client of an earlier version, knowing no choice, emptied them) is
    // taken, and printed as the director's; the form itself names the empty field (RoadmapPage.test).
    const blank = { ...own, approvalKind: 'own' as const, approval: ' ' }
    expect([validate(RoadmapFields, blank).ok, approvalKindOf(blank), approvalKindOf({ approval: 'УТВЕРЖДАЮ', approvalKind: 'director' }), approvalKindOf({ approval: 'УТВЕРЖДАЮ' })]).toEqual([true, 'director', 'director', 'own'])
  })
})

describe('roll-over', () => {
  it('makes next year\'s roadmap with dates a year on, nothing done, the same programmes and people, and leaves this one as history', () => {
    const { roadmap, events } = schoolRoadmap(2024)
    const done = events.map((e, i) => i === 0 ? { ...e, status: 'done' as const, doneOn: '2024-09-20', issued: { kind: 'Приказ', number: '32', date: '2024-09-04', link: '' }, programIds: ['p'], responsibleIds: ['r'] } : e)
    const next = rollOver(roadmap, done)
    expect(next.id).toBe(roadmapIdFor(2025))
    expect(next.fields).toMatchObject({ startDate: '2025-09-01', endDate: '2026-06-30', stages: roadmap.stages })
    expect(next.events).toHaveLength(events.length)
    expect(next.events[0]!.fields).toMatchObject({ status: 'planned', doneOn: '', issued: null, occurrences: [], programIds: ['p'], responsibleIds: ['r'], deadline: { kind: 'on', at: '2025-09' } })
    expect(done[0]!.status).toBe('done')
  })

  it('carries the document\'s other tables to next year\'s print, and the record refuses tables past its bounds', () => {
    const { roadmap, events } = schoolRoadmap(2024)
    const otherTables = [{ caption: 'Паспорт программы наставничества', rows: [['I. Общая информация'], ['1.', 'Куратор проекта', 'Шиловская Я. А.']] }]
    const next = rollOver({ ...roadmap, otherTables }, events).fields
    expect(next.otherTables).toEqual(otherTables)
    expect(validate(RoadmapFields, next).ok).toBe(true)
    expect(validate(RoadmapFields, { ...next, otherTables: [{ caption: '', rows: [] }] }).ok).toBe(false)
    expect(validate(RoadmapFields, { ...next, otherTables: [{ caption: '', rows: [Array.from({ length: 21 }, () => 'x')] }] }).ok).toBe(false)
    // Together within what one push carries: two tables of 60,000 letters are too long.
    const long = { caption: '', rows: Array.from({ length: 20 }, () => ['x'.repeat(3000)]) }
    expect([validate(RoadmapFields, { ...next, otherTables: [long] }).ok, validate(RoadmapFields, { ...next, otherTables: [long, long] }).ok]).toEqual([true, false])
  })

  it('keeps each deadline in the school\'s words, its year moved (seed 004\'s «Сентябрь-декабрь 2023»)', () => {
    const { roadmap, events } = schoolRoadmap(2023)
    const written = { ...events[0]!, deadline: { kind: 'period' as const, from: '2023-09', to: '2023-12', text: 'Сентябрь-декабрь 2023' } }
    expect(rollOver(roadmap, [written]).events[0]!.fields.deadline).toEqual({ kind: 'period', from: '2024-09', to: '2024-12', text: 'Сентябрь-декабрь 2024' })
  })

  it('opens on the roadmap running today, else the latest begun', () => {
    const a = asRecord('a', { startDate: '2024-09-01', endDate: '2025-06-30' })
    const b = asRecord('b', { startDate: '2025-09-01', endDate: '2026-06-30' })
    expect(currentRoadmap([b, a], '2025-10-01')?.id).toBe('b')
    expect(currentRoadmap([b, a], '2025-07-15')?.id).toBe('a')
    expect(currentRoadmap([b, a], '2020-01-01')?.id).toBe('a')
  })
})

describe('progress', () => {
  it('counts each event once per stage, overdue by its kind of deadline', () => {
    const { roadmap, events } = schoolRoadmap(2024)
    const progress = roadmapProgress(roadmap, events.map(event => ({ event, state: periodEventState(event, roadmap, calendarYear(2024), '2024-11-15') })))
    expect(progress.reduce((n, s) => n + s.total, 0)).toBe(events.length)
    // September's and October's events are past; a standing event and a period still running are not.
    expect(progress[0]).toMatchObject({ total: 6, done: 0, overdue: 5 })
    expect(progress[5]!.overdue).toBe(0)
  })

  it('counts a recurring event in a year by that year\'s occurrences: done once each is marked, overdue when one passed unmarked', () => {
    const years = { startDate: '2020-11-01', endDate: '2024-12-31' }
    const september = { deadline: { kind: 'recurring' as const, every: 'year' as const, months: [9], text: 'сентябрь' }, status: 'planned' as const, doneOn: '', occurrences: [{ key: '2022-09', on: '2022-09-12', result: '' }] }
    expect(periodEventState(september, years, calendarYear(2022), '2026-12-05')).toMatchObject({ done: true, overdue: false })
    expect(periodEventState(september, years, calendarYear(2023), '2026-12-05')).toMatchObject({ done: false, overdue: true })
    expect(periodEventState(september, years, calendarYear(2023), '2023-08-01')).toMatchObject({ done: false, overdue: false })
    // Outside the roadmap's years nothing is owed; marked done as a whole, it is done in every year.
    expect(periodEventState(september, years, calendarYear(2025), '2026-12-05')).toEqual({ done: false, overdue: false, occurrences: [], missed: [], lastDone: '2022-09-12' })
    // What passed unmarked in a year is named, for the справка and monitoring to say.
    expect(periodEventState(september, years, calendarYear(2023), '2026-12-05').missed?.map(o => o.key)).toEqual(['2023-09'])
    expect(periodEventState({ ...september, status: 'done' }, years, calendarYear(2023), '2026-12-05')).toEqual({ done: true, overdue: false })
    // Done on a day given, it is done in the periods that end after it, not in an earlier one (seed 000's monitoring).
    const once = { ...september, deadline: { kind: 'on' as const, at: '2024-10', text: 'октябрь 2024' }, occurrences: [], status: 'done' as const, doneOn: '2024-10-07' }
    expect([calendarYear(2024), calendarYear(2025)].map(period => periodEventState(once, years, period, '2026-12-05').done)).toEqual([true, true])
    expect(periodEventState({ ...once, doneOn: '2026-01-10' }, years, calendarYear(2025), '2026-12-05').done).toBe(false)
    // None due in the year (May, in the year a roadmap begun in September starts): nothing owed, nothing done.
    const may = { ...september, deadline: { ...september.deadline, months: [5] }, occurrences: [] }
    expect(periodEventState(may, { startDate: '2023-09-01', endDate: '2024-08-31' }, calendarYear(2023), '2025-03-01')).toEqual({ done: false, overdue: false, occurrences: [], missed: [] })
    // Over the whole roadmap: done once every year's occurrence is marked, or the event as a whole.
    const everyYear = ['2021', '2022', '2023', '2024'].map(y => ({ key: `${y}-09`, on: `${y}-09-10`, result: '' }))
    expect(eventDone(september, years)).toBe(false)
    expect(eventDone({ ...september, occurrences: everyYear }, years)).toBe(true)
    expect(eventDone({ ...september, occurrences: everyYear.slice(1) }, years)).toBe(false)
    expect(eventDone({ ...september, deadline: { kind: 'ongoing', text: 'постоянно' }, occurrences: everyYear }, years)).toBe(false)
    expect(eventDone({ ...september, status: 'done' }, years)).toBe(true)
    // Marked by the day: «ежегодно» with no month is done in a year it was marked in, and overdue in one of its
    // roadmap's that ended with none; the year under way is not overdue yet, a year outside the roadmap owes nothing.
    const yearly = { ...september, deadline: { kind: 'recurring' as const, every: 'year' as const, months: [], text: 'Ежегодно' }, occurrences: [{ key: '2022-05-15', on: '2022-05-15', result: '' }] }
    expect(periodEventState(yearly, years, calendarYear(2022), '2026-12-05')).toMatchObject({ done: true, overdue: false, marks: yearly.occurrences })
    expect(periodEventState(yearly, years, calendarYear(2023), '2026-12-05')).toMatchObject({ done: false, overdue: true, marks: [] })
    expect(periodEventState(yearly, years, calendarYear(2023), '2026-12-05').missed?.map(o => o.key)).toEqual(['2023'])
    expect(periodEventState(yearly, years, calendarYear(2023), '2023-12-05')).toMatchObject({ done: false, overdue: false })
    expect(periodEventState(yearly, years, calendarYear(2025), '2026-12-05')).toMatchObject({ done: false, overdue: false })
    // «В течение года», «постоянно»: done in a year it was carried out in (seed 004's, marked in March), never overdue.
    const ongoing = { ...yearly, deadline: { kind: 'ongoing' as const, text: 'В течение года' } }
    expect(periodEventState(ongoing, years, calendarYear(2022), '2026-12-05')).toMatchObject({ done: true, overdue: false })
    expect(periodEventState(ongoing, years, calendarYear(2023), '2026-12-05')).toMatchObject({ done: false, overdue: false })
  })

  it('counts an event in a school year by the occurrences that begin in it (seed 002: «Ежегодно в июне», «Ежегодно в мае, августе»)', () => {
    const roadmap = { startDate: '2024-08-01', endDate: '2025-06-30' }
    const schoolYear = reportPeriod('school', 2024)
    const june = { deadline: { kind: 'recurring' as const, every: 'year' as const, months: [6], text: 'Ежегодно в июне' }, status: 'planned' as const, doneOn: '', occurrences: [{ key: '2025-06', on: '2025-06-20', result: 'Аналитическая справка' }] }
    expect(periodEventState(june, roadmap, schoolYear, '2026-12-05')).toMatchObject({ done: true, overdue: false, occurrences: [{ key: '2025-06', mark: june.occurrences[0] }] })
    // The calendar year 2024 holds no June of this roadmap; 2025 holds the same one.
    expect(periodEventState(june, roadmap, calendarYear(2024), '2026-12-05')).toMatchObject({ done: false, occurrences: [] })
    const mayAugust = { ...june, deadline: { ...june.deadline, months: [5, 8], text: 'Ежегодно в мае, августе' }, occurrences: [{ key: '2025-05', on: '2025-05-14', result: '' }] }
    // A school year's roadmap owes the May and the August of its school year: not the August 2024 of its preparation
    // (overdue in its first week), and the August 2025 after its 30 June too (its awards, never to be marked else).
    expect(periodEventState(mayAugust, roadmap, schoolYear, '2026-12-05')).toMatchObject({ overdue: true, missed: [{ key: '2025-08' }] })
    expect(periodEventState(mayAugust, roadmap, schoolYear, '2026-12-05').occurrences?.map(o => o.key)).toEqual(['2025-05', '2025-08'])
    expect(periodEventState(mayAugust, roadmap, reportPeriod('school', 2023), '2026-12-05')).toMatchObject({ done: false, overdue: false, occurrences: [] })
    expect(eventState(mayAugust, roadmap, '2024-09-05')).toMatchObject({ overdue: false })
    // A September and a May of one school year, the September passed unmarked.
    const septemberMay = { ...mayAugust, deadline: { ...mayAugust.deadline, months: [9, 5], text: 'Ежегодно в сентябре и мае' } }
    const state = periodEventState(septemberMay, { startDate: '2024-09-01', endDate: '2025-06-30' }, schoolYear, '2026-12-05')
    expect(state.occurrences?.map(o => o.key)).toEqual(['2024-09', '2025-05'])
    expect(state).toMatchObject({ done: false, overdue: true, missed: [{ key: '2024-09' }] })
    // «В течение года»: done in the school year it was marked in, whichever calendar year the day falls in.
    const ongoing = { ...june, deadline: { kind: 'ongoing' as const, text: 'В течение года' }, occurrences: [{ key: '2024-11-02', on: '2024-11-02', result: '' }] }
    expect(periodEventState(ongoing, roadmap, schoolYear, '2026-12-05')).toMatchObject({ done: true, marks: ongoing.occurrences })
    expect(periodEventState(ongoing, roadmap, reportPeriod('school', 2025), '2026-12-05')).toMatchObject({ done: false })
  })

  it('names the years «ежегодно» with no month missed on the roadmap\'s row, the year under way not among them', () => {
    const years = { startDate: '2021-06-01', endDate: '2024-12-31' }
    const yearly = { deadline: { kind: 'recurring' as const, every: 'year' as const, months: [], text: 'Ежегодно' }, status: 'planned' as const, doneOn: '', occurrences: [2022, 2023].map(y => ({ key: `${y}-05-18`, on: `${y}-05-18`, result: '' })) }
    const missed = (today: string) => eventMarking(yearly, years, today, eventState(yearly, years, today)).missed.map(w => w.key)
    expect(missed('2026-12-05')).toEqual(['2021', '2024'])
    expect(missed('2024-06-01')).toEqual(['2021'])
  })
})

describe('old per-programme events', () => {
  it('become one roadmap: the same event of two programmes once, tied to both, done only where both were', () => {
    const item = (id: string, programId: string, stage: RoadmapItem['stage'], title: string, status: RoadmapItem['status']): RoadmapItem =>
      asRecord(id, { programId, stage, title, deadline: '2024-10-01', responsible: 'Куратор', resultDocument: 'Положение', status, position: 0 })
    const programs = [asRecord('p1', { startDate: '2024-09-01', endDate: '2025-05-31' }), asRecord('p2', { startDate: '2024-10-01', endDate: '2025-06-30' })]
    const made = roadmapFromLegacy([item('b', 'p2', 1, 'Положение', 'planned'), item('a', 'p1', 1, 'Положение ', 'done'), item('c', 'p2', 3, 'Анкетирование', 'done')], programs)!
    expect(made.id).toBe(roadmapIdFor(2024))
    expect(made.fields).toMatchObject({ startDate: '2024-09-01', endDate: '2025-06-30' })
    expect(made.events.map(e => [e.id, e.fields.programIds, e.fields.status, e.fields.stageId])).toEqual([
      ['a', ['p1', 'p2'], 'in_progress', 'stage-1'],
      ['c', ['p2'], 'done', 'stage-3'],
    ])
    expect(roadmapFromLegacy([], programs)).toBeNull()
  })
})
