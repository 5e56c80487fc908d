import { describe, expect, it } from 'vitest'
import { readRoadmapTable } from '#shared/roadmap/importTable'

const context = { periodStart: '2024-09-01', periodEnd: '2025-06-30' }
const HEADER = ['№ п/п', 'Наименование мероприятия', 'Срок реализации', 'Ответственный', 'Результат']
const read = (...rows: string[][]) => readRoadmapTable([HEADER, ...rows], context)

describe('readRoadmapTable on bad input', () => {
  it('reads a stage row whose words fill every merged cell once, and keeps any other merged row as a problem', () => {
    const stage = 'Этап 2. Формирование базы наставляемых'
    const roadmap = read([stage, stage, stage, stage, stage], ['1.', 'Анкетирование', 'Октябрь 2024', 'Психолог', ''], ['Примечание', 'Примечание', '', '', ''])
    expect(roadmap.stages).toEqual([{ title: 'Формирование базы наставляемых', numberLabel: 'Этап 2', resources: '', rowNumber: 2 }])
    expect(roadmap.events).toHaveLength(1)
    expect(roadmap.problems).toEqual([{ row: 4, column: '№ п/п', code: 'unplaced', text: 'Примечание' }])
  })

  it('skips empty rows and counts them, so row numbers stay those of the spreadsheet', () => {
    const roadmap = read(['', '', '', '', ''], [], ['1.', 'Анкетирование', 'Май 2025', '', ''])
    expect(roadmap.events.map(e => e.rowNumber)).toEqual([4])
    expect(roadmap.problems).toEqual([])
  })

  it('names the row and the column of an event with no title, keeping what the row says', () => {
    const roadmap = read(['1.', '', 'Октябрь 2024', 'Психолог', ''])
    expect(roadmap.events).toEqual([])
    expect(roadmap.problems).toEqual([{ row: 2, column: 'Наименование мероприятия', code: 'no_title', text: '1. | Октябрь 2024 | Психолог' }])
  })

  it('keeps an event whose period ends before it starts, its deadline as text, and says so', () => {
    const roadmap = read(['1.', 'Анкетирование', 'Декабрь 2024 – февраль 2024', '', ''])
    expect(roadmap.events[0]!.deadline).toEqual({ kind: 'text', text: 'Декабрь 2024 – февраль 2024' })
    expect(roadmap.problems).toEqual([{ row: 2, column: 'Срок реализации', code: 'end_before_start', text: 'Декабрь 2024 – февраль 2024' }])
  })

  it('keeps words it cannot read, in an unknown column or a deadline', () => {
    const roadmap = readRoadmapTable([[...HEADER, 'Примечание'], ['1.', 'Анкетирование', 'когда будет время', '', '', 'перенесли']], context)
    expect(roadmap.events[0]!.deadline).toEqual({ kind: 'text', text: 'когда будет время' })
    expect(roadmap.problems).toEqual([
      { row: 2, column: 'Срок реализации', code: 'unparsed', text: 'когда будет время' },
      { row: 2, column: 'Примечание', code: 'unplaced', text: 'перенесли' },
    ])
  })

  it('skips the document\'s title above the header, counting its rows', () => {
    const roadmap = readRoadmapTable([['Дорожная карта на 2024-2025 учебный год'], [], HEADER, ['1.', 'Анкетирование', 'Май 2025', '', '']], context)
    expect(roadmap.events.map(e => e.rowNumber)).toEqual([4])
  })

  it('keeps an unnumbered row with a deadline as an event of its own rather than joining it to the one above', () => {
    const roadmap = read(['1.', 'Анкетирование', 'Май 2025', '', ''], ['', 'Педсовет', 'Июнь 2025', '', ''])
    expect(roadmap.events.map(e => [e.number, e.title])).toEqual([['1.', 'Анкетирование'], ['', 'Педсовет']])
  })

  it('says so when there is no header to read by', () => {
    expect(readRoadmapTable([['Список дел'], ['Анкетирование']], context))
      .toEqual({ stages: [], events: [], problems: [{ row: 1, column: '', code: 'no_header', text: 'Список дел' }], numbering: 'arabic', columns: {}, heads: [], stageHead: '' })
  })

  it('reads the deadline written after a stage heading\'s quoted title, in either shape of table', () => {
    const flat = read(['2 этап «Формирование базы» октябрь 2024 года', '', '', '', ''])
    expect(flat.stages[0]).toMatchObject({ title: 'Формирование базы', deadline: { kind: 'on', at: '2024-10' } })
    const staged = readRoadmapTable([['Этап', 'Содержание', 'Сроки'], ['Блок 1 «Подготовка» сентябрь 2024', 'Приказ', 'Октябрь 2024']], context)
    expect(staged.stages[0]).toMatchObject({ title: 'Подготовка', deadline: { kind: 'on', at: '2024-10' } })
    expect(staged.problems).toEqual([{ row: 2, column: 'Этап', code: 'unplaced', text: 'сентябрь 2024' }])
  })

  it('reads a stage table\'s empty deadline as a problem of the stage row', () => {
    const roadmap = readRoadmapTable([['№', 'Наименование этапа', 'Содержание', 'Сроки'], ['1.', 'Подготовка', '1) Приказ 2) Положение', '']], context)
    expect(roadmap.stages[0]).toEqual({ title: 'Подготовка', numberLabel: '1', resources: '', rowNumber: 2 })
    expect(roadmap.events.map(e => [e.title, e.deadline])).toEqual([['Приказ', { kind: 'text', text: '' }], ['Положение', { kind: 'text', text: '' }]])
    expect(roadmap.problems).toEqual([{ row: 2, column: 'Сроки', code: 'empty', text: '' }])
  })
})
