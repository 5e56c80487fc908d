import { tidyCell } from '#shared/roadmap/cellMarkup'
import { describe, expect, it } from 'vitest'
import { eventColumn } from '#shared/roadmap/eventColumn'
import { readRoadmapTable } from '#shared/roadmap/importTable'
import { SEED_GRIDS } from './seedGrids.ts'
import { SEED_CONTEXT } from './seedPhrases.ts'

const read = (seed: keyof typeof SEED_GRIDS) => readRoadmapTable(SEED_GRIDS[seed], SEED_CONTEXT[seed])
const FURTHER = ', далее постоянно в процессе реализации модели наставничества'

describe('readRoadmapTable on seed 000: a stage a row, its events numbered inside the cells', () => {
  const roadmap = read('000')

  it('finds the seven stages, their deadlines in the stage cell, and joins the rows a page break cut', () => {
    expect(roadmap.stages.map(s => [s.numberLabel, s.title, s.rowNumber])).toEqual([
      ['1 этап', 'Подготовка условий для запуска программы наставничества', 2],
      ['2 этап', 'Формирование базы наставляемых', 3],
      ['Блок 3', 'Формирование базы наставников', 6],
      ['Блок 4', 'Отбор и обучение наставников', 7],
      ['Блок 5', 'Формирование наставнических пар или групп', 9],
      ['Блок 6', 'Организация работы наставнических пар или групп', 10],
      ['Блок 7', 'Завершение наставничества', 11],
    ])
    expect(roadmap.numbering).toBe('block')
    expect(roadmap.stages[3]!.deadline).toEqual({ kind: 'period', from: '2024-11', to: '2025-06', then: 'ongoing', text: `ноябрь - июнь 2025 года${FURTHER}` })
    expect(roadmap.stages[6]!.deadline).toMatchObject({ kind: 'period', from: '2025-11', to: '2025-12', then: 'ongoing' })
    expect(roadmap.stages[1]!.resources).toBe('Внутренние ресурсы: - кадровый потенциал ОУ - школьный менеджмент - органы самоуправления ОУ - школьный сайт Внешние: - социальное партнерство')
    expect(roadmap.problems).toEqual([])
  })

  it('splits «1.Разработать… 2.Подготовить…» into events of the stage, inside and outside, with its deadline', () => {
    expect(roadmap.events).toHaveLength(35)
    const first = roadmap.events.filter(e => e.stageIndex === 0)
    expect(first.map(e => [e.sphere, e.number])).toEqual([['inside', '1'], ['inside', '2'], ['inside', '3'], ['inside', '4'], ['inside', '5'], ['outside', '1'], ['outside', '2']])
    expect(first[0]).toEqual({
      stageIndex: 0, number: '1', title: 'Разработать и утвердить положение о наставничестве в МОБУ «СОШ № 17 «Родник»',
      deadline: roadmap.stages[0]!.deadline, responsible: '', result: '', sphere: 'inside', rowNumber: 2,
    })
    expect(roadmap.events.filter(e => e.stageIndex === 6).map(e => e.title)).toContain('Подведение итогов мониторинга влияния программы на наставляемых.')
    // Stage 4's inside cell has no numbers: one event, kept whole.
    expect(roadmap.events.filter(e => e.stageIndex === 3 && e.sphere === 'inside').map(e => e.title))
      .toEqual(['Разработка критериев отбора наставников под собранные запросы. - организовать отбор и обучение наставников'])
  })

  it('names the column an event\'s field came from: a title its sphere\'s, a deadline the stage\'s, having none of its own', () => {
    const outside = roadmap.events.find(e => e.sphere === 'outside')!
    expect(eventColumn(roadmap, outside, 'title')).toBe('Работа с внешней средой')
    expect(eventColumn(roadmap, outside, 'deadline.text')).toBe('Содержание/сроки этапов реализации модели')
    // No column gave it: the event's own, by its title's.
    expect(eventColumn(roadmap, outside, 'responsible')).toBe('Работа с внешней средой')
  })
})

describe('readRoadmapTable on seed 001: an event a row, under «1 этап. …» and «Этап 2. …» rows', () => {
  const roadmap = read('001')

  it('finds seven stages and 29 events', () => {
    expect(roadmap.stages.map(s => s.numberLabel)).toEqual(['1 этап', 'Этап 2', 'Этап 3', 'Этап 4', 'Этап 5', 'Этап 6', 'Этап 7'])
    expect(roadmap.stages[3]!.title).toBe('Отбор/выдвижение и обучение наставников')
    expect(roadmap.numbering).toBe('arabic')
    expect(roadmap.events).toHaveLength(29)
    expect(roadmap.events.map(e => e.stageIndex)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 5, 5, 5, 6, 6, 6])
  })

  it('reads each event\'s cells and deadline', () => {
    expect(roadmap.events[4]).toEqual({
      stageIndex: 0, number: '5.', title: 'Формирование страницы на сайте ОО с материалами, отражающими ход реализации проекта',
      deadline: { kind: 'as_needed', from: '2021-10', text: 'С октября 2021 г. по мере необходимости' },
      result: 'Отражение на сайте МБОУ «СОШ №20» хода реализации проекта «Наставничество»', responsible: 'Заместитель директора по УВР', sphere: '', rowNumber: 7,
    })
    expect(roadmap.events[15]!.deadline).toMatchObject({ kind: 'on', at: '2021-11', then: 'as_needed' })
    expect(roadmap.events[21]!.deadline).toMatchObject({ kind: 'period', from: '2021-12', to: '2022-02' })
  })

  it('joins the row after the second event 19, across the empty row, to it', () => {
    const event = roadmap.events[20]!
    expect([event.number, event.rowNumber]).toEqual(['19', 29])
    expect(event.title).toBe('Организация работы пар наставник -наставляемый: - встреча-знакомство; - пробная встреча; - встреча-планирование; - совместная работа по индивидуальному плану (4-5 мероприятий); - итоговая встреча')
  })

  it('keeps event 27 with its empty deadline as text, and says so; «ежегодно» is a warning', () => {
    expect(roadmap.events[28]).toMatchObject({ number: '27.', deadline: { kind: 'text', text: '' }, rowNumber: 40 })
    expect(roadmap.problems).toEqual([
      { row: 38, column: 'Срок реализации мероприятия', code: 'recurrence_without_month', text: 'ежегодно' },
      { row: 39, column: 'Срок реализации мероприятия', code: 'recurrence_without_month', text: 'ежегодно' },
      { row: 40, column: 'Срок реализации мероприятия', code: 'empty', text: '' },
    ])
  })
})

describe('readRoadmapTable on seed 002: roman sections with arabic sub-sections', () => {
  const roadmap = read('002')

  it('makes each sub-section a stage of its own; the section above it stays, with no events', () => {
    expect(roadmap.stages.map(s => [s.numberLabel, s.title])).toEqual([
      ['I', 'Подготовка условий для реализации программы наставничества'],
      ['1', 'Изучение и систематизация имеющихся материалов по проблеме наставничества'],
      ['2', 'Нормативно-правовое регулирование реализации системы наставничества'],
      ['II', 'Внедрение системы наставничества педагогических работников'],
      ['III', 'Содействие распространению лучших практик наставничества'],
      ['IV', 'Мониторинг и оценка результатов внедрения системы наставничества'],
    ])
    expect(roadmap.numbering).toBe('roman')
    expect(roadmap.events.map(e => `${e.stageIndex}:${e.number}`)).toEqual([
      '1:1.1.', '1:1.2.', '1:1.3.', '1:1.4.', '2:2.1', '2:2.2', '2:2.3.', '2:2.4.', '3:2.1.', '3:2.2.', '3:2.3.', '4:3.1.', '4:3.2.', '4:3.3.', '5:4.1.', '5:4.2.', '5:4.3.', '5:4.4.',
    ])
    expect(roadmap.problems).toEqual([])
  })

  it('reads its «до», external and recurring deadlines', () => {
    expect(roadmap.events[8]!.deadline).toMatchObject({ kind: 'by', at: '2024-10-01' })
    expect(roadmap.events[10]!.deadline.kind).toBe('external')
    expect(roadmap.events[17]!.deadline).toMatchObject({ kind: 'recurring', every: 'year', months: [5, 8] })
  })
})

describe('readRoadmapTable on seed 003: no stages, months with no year', () => {
  const roadmap = read('003')

  it('reads ten events before any stage but the last, «сентябрь» and «май» with no year as every year of its four', () => {
    expect(roadmap.events).toHaveLength(10)
    expect(roadmap.events.slice(0, 9).every(e => e.stageIndex === null)).toBe(true)
    expect(roadmap.events[1]).toMatchObject({ number: '1.1', deadline: { kind: 'recurring', every: 'year', months: [9] }, responsible: 'Прокашева Т.А.' })
    expect(roadmap.events[9]).toMatchObject({ stageIndex: 0, number: '3.1', deadline: { kind: 'recurring', every: 'year', months: [5], text: 'май' } })
  })

  it('keeps the titles as written, not as the Word cell wrapped them or the converter doubled their spaces', () => {
    expect(roadmap.events[0]?.title).toBe('Назначение ответственного (куратора) за внедрение методологии в КОГОБУ СШ пгт Кумены')
    expect(roadmap.events[1]?.title).toBe('Информирование педагогов, родителей, обучающихся образовательных организаций, сообщества выпускников, предприятий о реализации целевой модели наставничества')
    // A list's lines stay lines.
    expect(tidyCell('1) Анализ.\n2) Обучение:\n- материалы;')).toBe('1) Анализ.\n2) Обучение:\n- материалы;')
  })

  it('takes «3. Оценка результатов», a number and a title alone over «3.1», for the stage of what follows, printed as its row', () => {
    expect(roadmap.stages).toEqual([{ title: 'Оценка результатов опыта наставничества', numberLabel: '3', resources: '', rowNumber: 11, asRow: true }])
    expect(roadmap.problems).toEqual([])
  })

  it('keeps a titled number with nothing else as an event where no event is numbered under it', () => {
    const alone = readRoadmapTable([SEED_GRIDS['003'][0]!, ['1', 'Назначение куратора', 'ноябрь 2020', '', ''], ['2.', 'Оценка результатов', '', '', ''], ['3', 'Мониторинг', 'май', '', '']], { periodStart: '2020-09-01', periodEnd: '2024-06-30' })
    expect(alone.stages).toEqual([])
    // Each as written, the dot too.
    expect(alone.events.map(e => e.number)).toEqual(['1', '2.', '3'])
  })
})

describe('readRoadmapTable on seed 004: a stage a row with its content', () => {
  const roadmap = read('004')

  it('finds seven stages and splits «1) … 2) …» into their events', () => {
    expect(roadmap.stages.map(s => [s.numberLabel, s.title])).toEqual([
      ['1', 'Подготовка условий для реализации системы наставничества'],
      ['2', 'Формирование банка наставляемых'],
      ['3', 'Формирование банка наставников'],
      ['4', 'Отбор и обучение'],
      ['5', 'Организация и осуществление работы наставнических пар/групп'],
      ['6', 'Завершение персонализированных программ наставничества'],
      ['7', 'Информационная поддержка системы наставничества'],
    ])
    expect(roadmap.events.map(e => e.stageIndex)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 5, 6])
    expect(roadmap.events[1]).toMatchObject({ number: '1', title: 'Сбор информации о профессиональных запросах педагогов.', responsible: 'Зам. директора по УВР', rowNumber: 3 })
    expect(roadmap.problems).toEqual([])
  })

  it('gives each stage and its events the stage\'s deadline', () => {
    expect(roadmap.stages[3]!.deadline).toEqual({ kind: 'period', from: '2024-01', to: '2024-03', text: 'Январь – март 2024' })
    expect(roadmap.events[6]!.deadline).toBe(roadmap.stages[3]!.deadline)
    expect(roadmap.stages[6]!.deadline).toMatchObject({ kind: 'ongoing' })
  })
})

describe('the printed columns of each seed\'s table', () => {
  it('are its own, in its order and words: seed 001 has the result before who does it, seed 004 a stage\'s and no result', () => {
    const heads = (seed: keyof typeof SEED_GRIDS) => read(seed).heads.map(h => `${h.role}: ${h.text}`)
    expect(heads('001')).toEqual(['number: № п/п', 'title: Наименование мероприятия проекта', 'deadline: Срок реализации мероприятия', 'result: Результат реализации мероприятия', 'responsible: Исполнители мероприятия'])
    expect(heads('004').map(h => h.split(':')[0])).toEqual(['number', 'title', 'deadline', 'responsible'])
    // Its stages' column, a row each, is headed apart (a client of an earlier version prints each role of the heads).
    expect(read('004').stageHead).toBe('Наименование этапа')
  })
})
