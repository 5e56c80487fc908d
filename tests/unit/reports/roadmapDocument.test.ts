import { NO_WORK, type Person } from '#shared/model/person'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ROADMAP_SPHERES_WIDTHS, type ReportDocument } from '../../../src/app/features/reports/document.ts'
import { toDocx } from '../../../src/app/features/reports/docx.ts'
import { buildRoadmapDocument, roadmapPeriod } from '../../../src/app/features/reports/roadmapDocument.ts'
import type { PrintedRoadmap } from '../../../src/app/features/reports/roadmapTable.ts'
import { roadmapFromTable } from '#shared/roadmap/fromTable'
import { readRoadmapTable } from '#shared/roadmap/importTable'
import { SEED_004 } from '../roadmap/fixtures/seed004.ts'

const NBSP = '\u00A0'
const base = { updatedAt: '', deleted: 0 as const }
const requisites = { fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 17»', shortName: 'МБОУ «СОШ № 17»', address: '', city: 'г. Калуга', directorName: 'Шиловская Яна Андреевна', directorPosition: 'Директор', curatorName: '', curatorPosition: '', namePrepositional: '', nameGenitive: '' }
const people: Person[] = [{ ...base, id: 'psy', name: 'Снитко Елена Анатольевна', category: 'teacher', classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 0, isMentee: 0, notes: '', partnerId: '', ...NO_WORK, erased: 0 }]
// Seed 002's roadmap for a school year, its sections in roman figures.
const roadmap: PrintedRoadmap = {
  id: 'rm',
  title: 'Дорожная карта реализации целевой модели наставничества',
  startDate: '2024-09-01',
  endDate: '2025-06-30',
  numbering: 'roman',
  eventNumbering: 'stage',
  stages: [{ id: 'a', title: 'Подготовка условий для реализации программы наставничества', resources: '' }, { id: 'b', title: 'Завершение программы наставничества', resources: '' }, { id: 'c', title: 'Распространение практик', resources: '' }],
  approval: '',
}
const event = (id: string, stageId: string, position: number, fields: Partial<RoadmapEvent>): RoadmapEvent =>
  ({ ...base, id, roadmapId: 'rm', stageId, programIds: [], title: id, deadline: { kind: 'text', text: '' }, responsibleIds: [], responsible: '', sphere: '', plannedResult: '', status: 'planned', doneOn: '', issued: null, occurrences: [], position, number: '', ...fields })
const events = [
  event('Анкетирование удовлетворенности участников', 'b', 0, { deadline: { kind: 'recurring', every: 'year', months: [], text: 'ежегодно' }, responsibleIds: ['psy'], plannedResult: 'Аналитическая справка' }),
  // Done, with its document, tied to a programme and to work inside the school: none of it is the plan's.
  event('Информирование педагогов о программе наставничества', 'a', 0, {
    deadline: { kind: 'on', at: '2024-08', text: 'Август 2024' },
    responsible: 'Директор, администрация',
    plannedResult: 'Протокол педагогического совета',
    status: 'done',
    doneOn: '2024-08-30',
    issued: { kind: 'Протокол', number: '1', date: '2024-08-30', link: '' },
    programIds: ['prog'],
    sphere: 'inside',
  }),
  event('Создание организационных условий', 'a', 1, { deadline: { kind: 'period', from: '2024-10', to: '2024-11', text: '' }, responsible: 'Директор', plannedResult: 'Приказ', status: 'in_progress' }),
  event('Удалённое мероприятие', 'a', 2, { deleted: 1 }),
  event('Мероприятие другой дорожной карты', 'a', 3, { roadmapId: 'other' }),
]
const noOrder = { number: '', date: '', names: {} }
const wordsOf = (doc: ReportDocument) => [...(doc.approval ?? []), ...doc.preamble, doc.title, ...doc.blocks.flatMap(b => b.kind === 'table' ? [...b.head, ...b.rows.flat(), ...(b.subheads ?? []).map(s => s.text)] : [])].join('\n')

describe('дорожная карта as the school signs it', () => {
  it('is approved by the director, citing the order that approves it once its number and date are known', () => {
    const doc = buildRoadmapDocument({ requisites, roadmap, events, people, order: { number: '№21', date: '2024-08-30', names: {} } })
    expect(doc.approval).toEqual(['УТВЕРЖДАЮ', 'Директор МБОУ «СОШ № 17»', `______________${NBSP}Я.${NBSP}А.${NBSP}Шиловская`, 'Приказ № 21 от 30.08.2024 г.'])
    // Blanks to fill by hand take two lines, so «20___ г.» is never left alone on the second.
    expect(buildRoadmapDocument({ requisites, roadmap, events, people, order: noOrder }).approval?.slice(-2)).toEqual(['Приказ № _______', 'от «___» ____________ 20___ г.'])
    // The school's own heading, where it typed one, as it wrote it.
    const own = { ...roadmap, approval: '\nРАССМОТРЕНО на педагогическом совете\n \n\nУТВЕРЖДАЮ: Директор Т.В. Бальбердина\n Приказ № 21 от 30.08.2024 г. \n' }
    // One blank line kept between its two headings, none around them.
    // Its signer's name gets a line to sign on, which the text had lost.
    expect(buildRoadmapDocument({ requisites, roadmap: own, events, people, order: noOrder }).approval).toEqual(['РАССМОТРЕНО на педагогическом совете', '', `УТВЕРЖДАЮ: Директор ______________${NBSP}Т.В.${NBSP}Бальбердина`, 'Приказ № 21 от 30.08.2024 г.'])
    const signed = (line: string) => buildRoadmapDocument({ requisites, roadmap: { ...roadmap, approval: `УТВЕРЖДАЮ\n${line}` }, events, people, order: noOrder }).approval?.at(-1)
    expect(signed('И.М.Бугаева')).toBe(`______________${NBSP}И.М.Бугаева`)
    // A line with its own blank, or no name at its end, stays as written.
    expect(signed('_________ О.В. Владимирова')).toBe('_________ О.В. Владимирова')
    expect(signed('МБОУ «СОШ № 47» г. Калуги')).toBe('МБОУ «СОШ № 47» г. Калуги')
  })

  it('prints no heading where the school chose none, and the director\'s where it chose so over its own words', () => {
    const own = { ...roadmap, approval: 'СОГЛАСОВАНО педагогическим советом' }
    expect(buildRoadmapDocument({ requisites, roadmap: { ...own, approvalKind: 'none' }, events, people, order: noOrder }).approval).toEqual([])
    expect(buildRoadmapDocument({ requisites, roadmap: { ...own, approvalKind: 'director' }, events, people, order: noOrder }).approval?.[0]).toBe('УТВЕРЖДАЮ')
    expect(buildRoadmapDocument({ requisites, roadmap: { ...own, approvalKind: 'own' }, events, people, order: noOrder }).approval).toEqual(['СОГЛАСОВАНО педагогическим советом'])
  })

  it('prints the school\'s text between its title and its table, a paragraph a line (seed 003\'s goal and tasks)', () => {
    const intro = 'Целью внедрения целевой модели наставничества является …\n Задачи внедрения целевой модели наставничества:\n\nулучшение показателей организаций;'
    const doc = buildRoadmapDocument({ requisites, roadmap: { ...roadmap, intro }, events, people, order: noOrder })
    expect(doc.blocks.map(block => block.kind === 'paragraph' ? block.text : block.kind)).toEqual([
      'Целью внедрения целевой модели наставничества является …',
      'Задачи внедрения целевой модели наставничества:',
      'улучшение показателей организаций;',
      'table',
    ])
  })

  it('is titled with the school\'s name and the roadmap\'s period, and has nothing above the approval', () => {
    const doc = buildRoadmapDocument({ requisites, roadmap, events, people, order: noOrder })
    expect(doc.title).toBe('Дорожная карта реализации целевой модели наставничества в МБОУ «СОШ № 17» на 2024-2025 учебный год')
    expect(doc.preamble).toEqual([])
    expect(doc.fileName).toBe('Дорожная карта на 2024-2025 учебный год')
    // A title that already names them is left as the school wrote it.
    const named = { ...roadmap, title: 'Дорожная карта в МБОУ «СОШ № 17» на 2024/25 учебный год' }
    expect(buildRoadmapDocument({ requisites, roadmap: named, events, people, order: noOrder }).title).toBe(named.title)
    // The seeds' titles name their schools as they spell them, not as the requisites do: printed as written, with no
    // second school and no period they did not write (seeds 000 and 004 name none).
    for (const title of ['План мероприятий по реализации целевой модели наставничества в МБОУ «СОШ №20» п. Усолье-7', 'Дорожная карта внедрения целевой модели наставничества В МОБУ «СОШ № 17 «Родник» г. Дальнегорска', 'Дорожная карта реализации Целевой модели наставничества в КОГПОБУ «Омутнинский колледж педагогики, экономики и права»'])
      expect(buildRoadmapDocument({ requisites, roadmap: { ...roadmap, title }, events, people, order: noOrder }).title).toBe(title)
    // A title that names none, in capitals or not, still gets the requisites' school.
    expect(buildRoadmapDocument({ requisites, roadmap: { ...roadmap, title: 'Дорожная карта ШКОЛЬНОГО наставничества' }, events, people, order: noOrder }).title).toContain('в МБОУ «СОШ № 17»')
  })

  it('declines the school\'s own name in its title and approval, as the curator corrected it in the approving order', () => {
    const spelled = { ...requisites, shortName: '', fullName: 'Школа-парк «Созвездие»', directorName: '' }
    const auto = buildRoadmapDocument({ requisites: spelled, roadmap: { ...roadmap, title: 'План наставничества' }, events, people, order: noOrder })
    // Not a kind the rules know: left as written, and flagged for the curator among the order's names.
    expect(auto.title).toContain('в Школа-парк «Созвездие»')
    expect(auto.names?.map(n => [n.key, n.unsure])).toEqual([['school:prepositional', true], ['school:genitive', true]])
    const names = { 'school:prepositional': 'Школе-парке «Созвездие»', 'school:genitive': 'Школы-парка «Созвездие»' }
    const corrected = buildRoadmapDocument({ requisites: spelled, roadmap: { ...roadmap, title: 'План наставничества' }, events, people, order: { ...noOrder, names } })
    expect(corrected.title).toBe('План наставничества в Школе-парке «Созвездие» на 2024-2025 учебный год')
    expect(corrected.approval?.[1]).toBe('Директор Школы-парка «Созвездие»')
    expect(corrected.names?.every(n => n.corrected && !n.unsure)).toBe(true)
  })

  it('takes the school\'s forms from the requisites, a form corrected in the order still winning there', () => {
    const spelled = { ...requisites, shortName: '', fullName: 'Школа-парк «Созвездие»', namePrepositional: 'Школе-парке «Созвездие»', nameGenitive: 'Школы-парка «Созвездие»' }
    const doc = buildRoadmapDocument({ requisites: spelled, roadmap: { ...roadmap, title: 'План наставничества' }, events, people, order: noOrder })
    expect(doc.title).toBe('План наставничества в Школе-парке «Созвездие» на 2024-2025 учебный год')
    expect(doc.approval?.[1]).toBe('Директор Школы-парка «Созвездие»')
    expect(doc.names?.map(n => [n.key, n.unsure, n.corrected])).toEqual([['school:prepositional', false, false], ['school:genitive', false, false]])
    const own = buildRoadmapDocument({ requisites: spelled, roadmap: { ...roadmap, title: 'План наставничества' }, events, people, order: { ...noOrder, names: { 'school:genitive': 'Школы-парка «Созвездие» г. Калуги' } } })
    expect(own.approval?.[1]).toBe('Директор Школы-парка «Созвездие» г. Калуги')
    // A title that already names the school in the requisites' form is the school's own.
    expect(buildRoadmapDocument({ requisites: spelled, roadmap: { ...roadmap, title: 'План наставничества в Школе-парке «Созвездие»' }, events, people, order: noOrder }).title).toBe('План наставничества в Школе-парке «Созвездие»')
  })

  it('names its period as the seeds do: a school year, a calendar year, or years', () => {
    expect(roadmapPeriod({ startDate: '2024-09-01', endDate: '2025-08-31' })).toBe('на 2024-2025 учебный год')
    expect(roadmapPeriod({ startDate: '2025-01-01', endDate: '2025-12-31' })).toBe('на 2025 год')
    expect(roadmapPeriod({ startDate: '2021-06-01', endDate: '2024-12-31' })).toBe('на 2021-2024 годы')
  })

  it('is one table of the plan: the schools\' columns, each stage a row across it, the deadlines in the school\'s own words', () => {
    const doc = buildRoadmapDocument({ requisites, roadmap, events, people, order: noOrder })
    expect(doc.blocks).toEqual([{
      kind: 'table',
      head: ['№ п/п', 'Наименование мероприятия', 'Срок реализации', 'Ответственный', 'Результат, вид документа'],
      rows: [
        ['1.1', 'Информирование педагогов о программе наставничества', 'Август 2024', 'Директор, администрация', 'Протокол педагогического совета'],
        ['1.2', 'Создание организационных условий', 'октябрь – ноябрь 2024', 'Директор', 'Приказ'],
        ['2.1', 'Анкетирование удовлетворенности участников', 'ежегодно', 'Снитко Е. А.', 'Аналитическая справка'],
      ],
      subheads: [
        { before: 0, text: 'I. Подготовка условий для реализации программы наставничества' },
        { before: 2, text: 'II. Завершение программы наставничества' },
        { before: 3, text: 'III. Распространение практик' },
      ],
      widths: [7, 30, 19, 21, 23],
    }])
  })

  it('prints the columns the school\'s table had, in its order and words, their widths kept in proportion', () => {
    const heads = [{ role: 'number' as const, text: '№ п/п' }, { role: 'title' as const, text: 'Наименование мероприятия проекта' }, { role: 'deadline' as const, text: '' }, { role: 'result' as const, text: 'Результат реализации мероприятия' }, { role: 'responsible' as const, text: 'Исполнители мероприятия' }]
    const [table] = buildRoadmapDocument({ requisites, roadmap: { ...roadmap, heads }, events, people, order: noOrder }).blocks
    expect(table?.kind === 'table' && [table.head, table.rows[1], table.widths]).toEqual([
      ['№ п/п', 'Наименование мероприятия проекта', 'Срок реализации', 'Результат реализации мероприятия', 'Исполнители мероприятия'],
      ['1.2', 'Создание организационных условий', 'октябрь – ноябрь 2024', 'Приказ', 'Директор'],
      [7, 30, 19, 23, 21],
    ])
    // Seed 004's table has no result column: none is printed empty, the others share its width.
    const [four] = buildRoadmapDocument({ requisites, roadmap: { ...roadmap, heads: heads.filter(h => h.role !== 'result') }, events, people, order: noOrder }).blocks
    expect(four?.kind === 'table' && [four.head.length, four.rows[0]?.length]).toEqual([4, 4])
    expect(four?.kind === 'table' && four.widths?.reduce((a, b) => a + b, 0)).toBeCloseTo(100)
  })

  it('prints a stage\'s resources under its events in plain type, as seed 000 lists them beside each stage', async () => {
    const resources = 'Внутренние ресурсы: кадровый потенциал ОУ, АИС «Сетевой город». Внешние: социальное партнерство'
    const withResources = { ...roadmap, stages: roadmap.stages.map((stage, i) => i === 0 ? { ...stage, resources: `  ${resources} ` } : stage) }
    const doc = buildRoadmapDocument({ requisites, roadmap: withResources, events, people, order: noOrder })
    const [table] = doc.blocks
    expect(table?.kind === 'table' && table.subheads?.slice(0, 2)).toEqual([
      { before: 0, text: 'I. Подготовка условий для реализации программы наставничества' },
      { before: 2, text: `Ресурсы для реализации этапа: ${resources}`, note: true },
    ])
    const xml = strFromU8(unzipSync(new Uint8Array(await (await toDocx(doc)).arrayBuffer()))['word/document.xml']!)
    const row = xml.split('<w:tr>').find(r => r.includes('Ресурсы для реализации этапа'))!
    expect(xml.split('<w:tr>').find(r => r.includes('II. Завершение'))).toContain('<w:b/>')
    expect(row).not.toContain('<w:b/>')
    expect(row).not.toContain('<w:keepNext/>')
  })

  it('prints seed 000\'s table by spheres: a stage a row with its shared deadline, its events by sphere, its resources; the lines kept in DOCX', async () => {
    const spheres = { ...roadmap, layout: 'spheres' as const, stages: roadmap.stages.map((stage, i) => i === 0 ? { ...stage, resources: 'Внутренние: кадровый потенциал ОУ' } : stage) }
    const august = { kind: 'on' as const, at: '2024-08', text: 'Август 2024' }
    const ofSpheres = [
      ...events,
      event('Информирование родителей', 'a', 4, { deadline: august, sphere: 'outside' }),
      event('Совещание с партнёрами', 'a', 5, { deadline: august, sphere: 'outside', responsible: 'Куратор' }),
    ]
    const doc = buildRoadmapDocument({ requisites, roadmap: spheres, events: ofSpheres, people, order: noOrder })
    expect(doc.blocks).toEqual([{
      kind: 'table',
      head: ['Содержание/сроки этапов реализации модели', 'Работа внутри учреждения', 'Работа с внешней средой', 'Ресурсы для реализации этапа (внутренние/внешние)'],
      rows: [
        [
          'I «Подготовка условий для реализации программы наставничества»',
          '1.1. Информирование педагогов о программе наставничества (срок: Август 2024; Директор, администрация; Протокол педагогического совета)\n1.2. Создание организационных условий (срок: октябрь – ноябрь 2024; Директор; Приказ)',
          '1.3. Информирование родителей (срок: Август 2024)\n1.4. Совещание с партнёрами (срок: Август 2024; Куратор)',
          'Внутренние: кадровый потенциал ОУ',
        ],
        ['II «Завершение программы наставничества»\nежегодно', '2.1. Анкетирование удовлетворенности участников (Снитко Е. А.; Аналитическая справка)', '', ''],
        ['III «Распространение практик»', '', '', ''],
      ],
      widths: ROADMAP_SPHERES_WIDTHS,
      breakRows: true,
    }])
    const xml = strFromU8(unzipSync(new Uint8Array(await (await toDocx(doc)).arrayBuffer()))['word/document.xml']!)
    const row = xml.split('<w:tr>').find(r => r.includes('Информирование родителей'))!
    // A stage's row may run over a page's end, as it does on the page.
    expect(row).not.toContain('<w:cantSplit/>')
    expect(xml.split('<w:tr>')[1]).toContain('<w:cantSplit/>')
    // Each event its own paragraph in the cell, as each its own line on the page.
    expect(row.split('<w:p>').filter(p => p.includes('Информирование родителей') || p.includes('Совещание с партнёрами'))).toHaveLength(2)
  })

  it('prints seed 004\'s table a stage a row, as the school wrote it: its number and title, its events in one cell, the deadline and who answers for it', () => {
    const made = roadmapFromTable(readRoadmapTable(SEED_004, { periodStart: '2023-09-01', periodEnd: '2024-11-30' }), { title: 'Дорожная карта', startDate: '2023-09-01', endDate: '2024-11-30' }, 'Мероприятия', '2026-12-07')
    const asRecord = <T extends object>(id: string, fields: T) => ({ ...base, id, ...fields })
    const [table] = buildRoadmapDocument({ requisites, roadmap: asRecord(made.id, made.fields), events: made.events.map(e => asRecord(e.id, e.fields)), people, order: noOrder }).blocks
    expect(table?.kind === 'table' && table.head).toEqual(['№', 'Наименование этапа', 'Содержание деятельности и план мероприятий', 'Сроки', 'Ответственные'])
    expect(table?.kind === 'table' && [table.rows.length, table.subheads, table.breakRows]).toEqual([7, undefined, true])
    expect(table?.kind === 'table' && table.rows[0]?.slice(0, 2)).toEqual(['1.', 'Подготовка условий для реализации системы наставничества'])
    expect(table?.kind === 'table' && table.rows[0]?.[2]).toMatch(/^Подготовка и принятие локальных нормативных правовых актов/)
    expect(table?.kind === 'table' && table.rows[1]).toEqual([
      '2.',
      'Формирование банка наставляемых',
      '1) Сбор информации о профессиональных запросах педагогов.\n2) Формирование банка данных наставляемых, обеспечение согласий на сбор и обработку персональных данных.',
      'Сентябрь - ноябрь 2023',
      'Зам. директора по УВР',
    ])
    expect(table?.kind === 'table' && table.rows[6]?.slice(3)).toEqual(['В течение года', ''])
  })

  it('prints a stage a row with a stage\'s column where the roadmap had none, and gives each event\'s own deadline where they differ', () => {
    const stages = { ...roadmap, layout: 'stages' as const }
    const [table] = buildRoadmapDocument({ requisites, roadmap: stages, events, people, order: noOrder }).blocks
    expect(table?.kind === 'table' && [table.head, table.rows[0]]).toEqual([
      ['№ п/п', 'Этап', 'Наименование мероприятия', 'Срок реализации', 'Ответственный', 'Результат, вид документа'],
      ['I.', 'Подготовка условий для реализации программы наставничества', '1) Информирование педагогов о программе наставничества\n2) Создание организационных условий', '1) Август 2024\n2) октябрь – ноябрь 2024', '1) Директор, администрация\n2) Директор', '1) Протокол педагогического совета\n2) Приказ'],
    ])
    expect(table?.kind === 'table' && table.rows[1]?.slice(2)).toEqual(['Анкетирование удовлетворенности участников', 'ежегодно', 'Снитко Е. А.', 'Аналитическая справка'])
  })

  it('prints a roadmap numbered as its table with the table\'s numbers only: an event the school left unnumbered stays so', () => {
    const numbered = events.map(e => (e.title === 'Создание организационных условий' ? { ...e, number: '7' } : e))
    const [table] = buildRoadmapDocument({ requisites, roadmap: { ...roadmap, eventNumbering: 'table' }, events: numbered, people, order: noOrder }).blocks
    expect(table?.kind === 'table' && table.rows.map(row => row[0])).toEqual(['', '7', ''])
  })

  it('prints no heading row for a stage the school never titled (seed 003\'s events before its first stage row)', () => {
    const unheaded = { ...roadmap, stages: roadmap.stages.map((stage, i) => i === 0 ? { ...stage, unheaded: true } : stage) }
    const [table] = buildRoadmapDocument({ requisites, roadmap: unheaded, events, people, order: noOrder }).blocks
    expect(table?.kind === 'table' && table.subheads?.map(s => s.text)).toEqual(['II. Завершение программы наставничества', 'III. Распространение практик'])
    expect(table?.kind === 'table' && table.rows[0]?.[0]).toBe('1.1')
  })

  it('numbers the events straight through where the school does (seed 001 numbers its 27 across the stages)', () => {
    const [table] = buildRoadmapDocument({ requisites, roadmap: { ...roadmap, eventNumbering: 'through' }, events, people, order: noOrder }).blocks
    expect(table?.kind === 'table' && table.rows.map(row => row[0])).toEqual(['1', '2', '3'])
  })

  it('says nothing of how the events went: no statuses, marks, programmes or spheres of the roadmap\'s screen', () => {
    const words = wordsOf(buildRoadmapDocument({ requisites, roadmap, events, people, order: noOrder }))
    for (const status of ['Выполнено', 'выполнено', 'просрочено', 'ещё не отмечено', 'последний раз', 'текущий срок', 'выполняется', 'запланировано', 'общее для школы', 'работа внутри учреждения', 'Состояние', 'Протокол № 1'])
      expect(words).not.toContain(status)
  })

  it('opens as a DOCX with the approval in the right half, the title and the table with its stage rows', async () => {
    const doc = buildRoadmapDocument({ requisites, roadmap, events, people, order: { number: '21', date: '2024-08-30', names: {} } })
    const files = unzipSync(new Uint8Array(await (await toDocx(doc)).arrayBuffer()))
    const xml = strFromU8(files['word/document.xml']!)
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join('\n')
    expect(text.indexOf('УТВЕРЖДАЮ')).toBeLessThan(text.indexOf('Дорожная карта реализации'))
    expect(text).toContain('Приказ №\u00A021 от 30.08.2024\u00A0г.')
    expect(text).toContain('II. Завершение программы наставничества')
    expect(text).toContain('Август 2024')
    const approval = xml.split('<w:p>').find(p => p.includes('УТВЕРЖДАЮ'))!
    expect(approval).toMatch(/<w:ind w:left="\d+"\/>/)
    expect([...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)]).toHaveLength(5)
  })
})

describe('seed 003\'s «3.» over «3.1»', () => {
  it('prints as an ordinary row of the table, its number and title in their columns, not a heading across it', () => {
    const { stages } = roadmap
    const asRow = { ...roadmap, stages: [stages[0]!, { ...stages[1]!, asRow: true }, stages[2]!] }
    const table = buildRoadmapDocument({ requisites, roadmap: asRow, events, people, order: noOrder }).blocks.at(-1)
    if (table?.kind !== 'table')
      throw new Error('no table')
    expect(table.subheads?.map(s => s.text)).toEqual([expect.stringContaining(stages[0]!.title), expect.stringContaining(stages[2]!.title)])
    expect(table.rows).toContainEqual(['II.', stages[1]!.title, '', '', ''])
  })
})

describe('the document\'s other tables', () => {
  const passport = { caption: 'Паспорт программы наставничества', rows: [['I. Общая информация'], ['1.', 'Куратор проекта', 'Шиловская Я. А.'], ['3.', 'Индикаторы', '2021 г', '2022 г']] }

  it('print after the roadmap\'s, each under its name, a short row\'s last cell across the columns it lacks, in Word too', async () => {
    const doc = buildRoadmapDocument({ requisites, roadmap: { ...roadmap, otherTables: [passport] }, events, people, order: noOrder })
    const [, heading, grid] = doc.blocks.slice(-3)
    expect(doc.blocks.at(-3)?.kind).toBe('table')
    expect(heading).toEqual({ kind: 'heading', text: 'Паспорт программы наставничества' })
    expect(grid).toEqual({ kind: 'grid', label: 'Паспорт программы наставничества', rows: passport.rows, columns: 4 })
    const xml = strFromU8(unzipSync(new Uint8Array(await (await toDocx(doc)).arrayBuffer()))['word/document.xml']!)
    const table = xml.slice(xml.lastIndexOf('<w:tbl>'))
    const spans = table.split('<w:tr>').slice(1).map(row => [...row.matchAll(/<w:gridSpan w:val="(\d+)"\/>/g)].map(m => Number(m[1])))
    expect(spans).toEqual([[4], [2], []])
  })

  it('repeat a first row that heads every column on each sheet (seed 003\'s years), in Word too', async () => {
    const indicators = { caption: 'Показатели эффективности', rows: [['Наименование показателя', '2020', '2021'], ['Доля детей', '10', '30']] }
    const doc = buildRoadmapDocument({ requisites, roadmap: { ...roadmap, otherTables: [indicators] }, events, people, order: noOrder })
    expect(doc.blocks.at(-1)).toEqual({ kind: 'grid', label: 'Показатели эффективности', head: ['Наименование показателя', '2020', '2021'], rows: [['Доля детей', '10', '30']], columns: 3 })
    const xml = strFromU8(unzipSync(new Uint8Array(await (await toDocx(doc)).arrayBuffer()))['word/document.xml']!)
    const [head, body] = xml.slice(xml.lastIndexOf('<w:tbl>')).split('<w:tr>').slice(1)
    expect([head?.includes('<w:tblHeader/>'), body?.includes('<w:tblHeader/>')]).toEqual([true, false])
  })
})

describe('a roadmap printed on turned sheets', () => {
  const gridOf = (xml: string) => [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(m => Number(m[1]))
  const sheetsOf = (xml: string) => [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map(m => m[1]!)

  it('is A4 landscape whole, on the page and in Word, its columns as wide as the turned sheet lets them', async () => {
    const upright = buildRoadmapDocument({ requisites, roadmap, events, people, order: noOrder })
    const turned = buildRoadmapDocument({ requisites, roadmap: { ...roadmap, orientation: 'landscape' }, events, people, order: noOrder })
    expect([upright.landscapeFrom, turned.landscapeFrom]).toEqual([undefined, 0])
    const xmlOf = async (doc: ReportDocument) => strFromU8(unzipSync(new Uint8Array(await (await toDocx(doc)).arrayBuffer()))['word/document.xml']!)
    const [portraitXml, landscapeXml] = [await xmlOf(upright), await xmlOf(turned)]
    expect(sheetsOf(portraitXml)).toEqual([expect.stringMatching(/w:w="11906" w:h="16838"/)])
    expect(sheetsOf(landscapeXml)).toEqual([expect.stringMatching(/w:w="16838" w:h="11906" w:orient="landscape"/)])
    expect(gridOf(landscapeXml)[1]! / gridOf(portraitXml)[1]!).toBeCloseTo((16838 - 2551) / (11906 - 2551), 1)
  })
})
