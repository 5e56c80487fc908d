import type { Award } from '#shared/model/award'
import type { Meeting } from '#shared/model/meeting'
import type { Pair } from '#shared/model/pair'
import { NO_WORK, type Person } from '#shared/model/person'
import type { Practice } from '#shared/model/practice'
import type { Program } from '#shared/model/program'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import type { SurveyCampaign } from '#shared/model/surveyCampaign'
import { strFromU8, unzipSync } from 'fflate'
import { calendarYear, reportPeriod } from '#shared/roadmap/reportPeriod'
import { describe, expect, it } from 'vitest'
import { computeIndicators } from '#shared/indicators/compute'
import { presetDefinitions } from '#shared/indicators/presets'
import { isLongRow, ROADMAP_COLUMN_WIDTHS, tableBody, tableLabel, typeset } from '../../../src/app/features/reports/document.ts'
import { toDocx } from '../../../src/app/features/reports/docx.ts'
import { buildOrder, orderedPairs, pairYears } from '../../../src/app/features/reports/order.ts'
import { roadmapNamed, titleNamesPeriod } from '../../../src/app/features/reports/parts.ts'
import { buildSpravka, type SpravkaInput } from '../../../src/app/features/reports/spravka.ts'

const base = { updatedAt: '', deleted: 0 as const }
const program: Program = { ...base, id: 'prog', name: 'Педагог – молодой специалист', form: 'учитель – учитель', startDate: '2025-09-01', endDate: '2026-05-31', goals: 'Адаптация молодых педагогов', status: 'active', roleVariation: 'опытный педагог – молодой специалист', curators: 'А. П. Смирнова', meetingKinds: [] }
const person = (id: string, name: string, category: Person['category'] = 'young_specialist', classGroup = ''): Person =>
  ({ ...base, id, name, category, classGroup, birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 0, isMentee: 1, notes: 'личная заметка', partnerId: '', ...NO_WORK, erased: 0 })
const people = [person('m1', 'Ирина Олеговна Белова', 'teacher'), person('y1', 'Дарья Сергеевна Ким'), person('y2', 'Павел Андреевич Орлов'), person('s1', 'Олег Ли', 'student', '7Б')]
const pairs: Pair[] = [
  { ...base, id: 'p1', programId: 'prog', mentorId: 'm1', menteeIds: ['y1', 'y2'], startDate: '2025-09-15', plannedEndDate: '2026-05-31', status: 'active', endReason: '' },
  { ...base, id: 'p2', programId: 'prog', mentorId: 'm1', menteeIds: ['s1'], startDate: '2025-09-15', plannedEndDate: '2026-05-31', status: 'dissolved', endReason: 'переезд' },
  { ...base, id: 'p3', programId: 'other', mentorId: 'm1', menteeIds: ['s1'], startDate: '2025-09-15', plannedEndDate: '2026-05-31', status: 'active', endReason: '' },
]
const meeting = (id: string, date: string, kind: Meeting['kind'], durationMin = 45): Meeting =>
  ({ ...base, id, pairId: 'p1', date, kind, durationMin, format: 'in_person', attendeeIds: [], topic: 'Открытый урок', notes: 'личное', planItemIds: [], nextDate: '', mentorId: '', enteredBy: '' })
const campaign: SurveyCampaign = { ...base, id: 'c1', templateId: 't', templateVersion: 1, programId: 'prog', audience: 'mentee', phase: 'exit', mode: 'anonymous', opensOn: '2026-05-01', closesOn: '2026-05-25' }
const award: Award = { ...base, id: 'a1', personId: 'm1', programId: 'prog', kind: 'certificate', date: '2026-05-20', basis: 'Приказ № 45 от 20.05.2026', notes: '' }
const practice: Practice = { ...base, id: 'pr1', title: 'Взаимопосещение уроков', description: 'Пары посещают уроки друг друга', programId: 'prog', pairId: 'p1', date: '', files: [] }

const requisitesOf = () => ({ fullName: '', shortName: '', address: '', city: '', directorName: '', directorPosition: '', curatorName: '', curatorPosition: '', namePrepositional: '', nameGenitive: '' })

function input(overrides: Partial<SpravkaInput> = {}): SpravkaInput {
  return {
    requisites: { ...requisitesOf(), fullName: 'МБОУ СОШ № 7' },
    program,
    programs: [program],
    roadmaps: [],
    roadmapEvents: [],
    names: {},
    today: '2026-06-01',
    period: calendarYear(2026),
    people,
    pairs,
    meetings: [meeting('e1', '2026-01-10', 'work', 60), meeting('e2', '2026-02-10', 'work', 30), meeting('e3', '2026-03-01', 'reflection', 90), meeting('e0', '2025-10-01', 'intro')],
    campaigns: [campaign],
    summary: { campaigns: [{ campaignId: 'c1', answers: 8, satisfaction: { hidden: false, count: 8, satisfied: 6, level: 0.75 } }], byAudience: [], byForm: [], byProgram: [] },
    indicators: computeIndicators({ year: 2026, firstYear: 2025, people, pairs, partnerCount: 0, settings: { targets: { menteeStudents: null, mentorStudents: null, menteeYoungSpecialists: 40, partnersWithMentors: null, menteeSatisfaction: null, mentorSatisfaction: null }, denominators: { studentsUnder18: null, youngSpecialists: 8, partnerOrganizations: null } }, satisfaction: [{ audience: 'mentee', year: 2026, satisfied: 6, count: 8 }] }),
    awards: [award],
    practices: [practice],
    note: { sections: { summary: 'Программа выполнена.\n\nПары работают устойчиво.', results: '', problems: '', proposals: 'Расширить базу наставников' } },
    ...overrides,
  }
}

async function documentXml(blob: Blob): Promise<string> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()))
  expect(Object.keys(files)).toContain('[Content_Types].xml')
  return strFromU8(files['word/document.xml']!)
}
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join('\n')

describe('аналитическая справка', () => {
  it('is built from the records: pairs of the programme, the year\'s meetings, surveys, indicators, awards, practices', () => {
    const doc = buildSpravka(input())
    const text = JSON.stringify(doc.blocks)
    expect(doc.title).toContain('«Педагог – молодой специалист» за 2026 год')
    expect(text).toContain('проведено встреч: 3, общей продолжительностью 3 ч. Встречались 1 из 2 пар')
    // «из 1 пары», «из 2 пар», «из 21 пары»: the pairs counted agree with their number.
    expect(JSON.stringify(buildSpravka(input({ pairs: pairs.slice(0, 1) })).blocks)).toContain('Встречались 1 из 1 пары.')
    const kinds = doc.blocks.find(b => b.kind === 'table' && b.head[0] === 'Вид встречи')
    expect(kinds?.kind === 'table' && kinds.rows).toEqual([['рабочая встреча', '2'], ['рефлексия', '1']])
    // A programme whose school names its kinds otherwise: its справка says them so.
    const namedProgram = { ...program, meetingKinds: [{ kind: 'work' as const, name: '' }, { kind: 'reflection' as const, name: 'групповая рефлексия' }] }
    const named = buildSpravka({ ...input(), program: namedProgram, programs: [namedProgram] })
    expect(JSON.stringify(named.blocks)).toContain('["групповая рефлексия","1"]')
    // The school's, across programmes: each meeting's kind as its own programme names it, a row for each name.
    // A name spelt with other capitals is the same row.
    const other = { ...program, id: 'other', name: 'Ученик – ученик', meetingKinds: [{ kind: 'work' as const, name: 'Рабочая встреча' }] }
    const school = buildSpravka({ ...input(), program: null, programs: [namedProgram, other], meetings: [...input().meetings, { ...meeting('o1', '2026-04-01', 'reflection'), pairId: 'p3' }, { ...meeting('o2', '2026-04-02', 'work'), pairId: 'p3' }] })
    const schoolKinds = school.blocks.find(b => b.kind === 'table' && b.head[0] === 'Вид встречи')
    expect(schoolKinds?.kind === 'table' && schoolKinds.rows).toEqual([['рабочая встреча', '3'], ['групповая рефлексия', '1'], ['рефлексия', '1']])
    expect(text).toContain('Удовлетворены (7–10 баллов)')
    expect(text).toContain('75 %')
    // The level counts anonymous answers in fives: the справка tells the curator on screen, not on the signed paper.
    expect(doc.blocks.find(b => b.kind === 'aside' && b.text.includes('Анонимные ответы входят в уровень удовлетворённости пятёрками'))).toBeDefined()
    expect(text).toContain('Приказ № 45 от 20.05.2026')
    expect(text).toContain('Взаимопосещение уроков')
    expect(text).not.toContain('личная заметка')
    expect(text).not.toContain('личное')
  })

  it('counts the pairs of its period only, the mentees by category in the genitive, the states as of the day it is made', () => {
    const peopleRows = (doc: ReturnType<typeof buildSpravka>) => doc.blocks.find(b => b.kind === 'table' && b.head[0] === 'Показатель')
    const later: Pair = { ...pairs[0]!, id: 'p9', menteeIds: ['s1'], startDate: '2026-12-07', plannedEndDate: '2027-05-25' }
    // Seed 003 in 2026: a справка for 2025/26 leaves out the pair formed in December 2026.
    const doc = buildSpravka(input({ period: reportPeriod('school', 2025), pairs: [...pairs, later], today: '2026-12-07' }))
    expect(peopleRows(doc)).toMatchObject({ rows: [
      ['Наставников', '1'],
      ['Наставляемых', '3'],
      ['из них обучающихся', '1'],
      ['из них молодых специалистов', '2'],
      ['Наставнических пар и групп', '2'],
      ['из них групп (больше одного наставляемого)', '1'],
      ['из них на 7 декабря 2026 г. в состоянии «работает»', '1'],
      ['из них на 7 декабря 2026 г. в состоянии «завершена»', '0'],
      ['из них на 7 декабря 2026 г. в состоянии «расформирована»', '1'],
    ] })
    // A pair met in the period after its planned end still counts there.
    const overran = buildSpravka(input({ period: calendarYear(2026), pairs: [{ ...pairs[0]!, plannedEndDate: '2025-12-31' }] }))
    expect(peopleRows(overran)).toMatchObject({ rows: expect.arrayContaining([['Наставнических пар и групп', '1']]) })
    expect(peopleRows(buildSpravka(input({ period: calendarYear(2024) })))).toMatchObject({ rows: expect.arrayContaining([['Наставнических пар и групп', '0']]) })
  })

  it('reports a school year from 1 September to 31 August when asked (seed 002\'s «на 2024-2025 учебный год»)', () => {
    const doc = buildSpravka(input({ period: reportPeriod('school', 2025) }))
    const text = JSON.stringify(doc.blocks)
    expect(doc.title).toContain('«Педагог – молодой специалист» за 2025/2026 учебный год')
    expect(doc.fileName).toContain('Аналитическая справка 2025-2026')
    // October 2025's meeting counts with the spring's; a calendar 2026 left it out.
    expect(text).toContain('За 2025/2026 учебный год проведено встреч: 4')
    expect(JSON.stringify(buildSpravka(input()).blocks)).toContain('За 2026 год проведено встреч: 3')
    // The indicators stay those of a calendar year, as their targets are set, and the справка says which.
    expect(doc.blocks).toContainEqual({ kind: 'aside', text: 'Показатели эффективности рассчитываются по календарным годам, как заданы их цели: за учебный год — показатели 2026 года.' })
    expect(text).toContain('Показатели рассчитаны по всей образовательной организации за 2026 год.')
    expect(JSON.stringify(buildSpravka(input({ period: reportPeriod('school', 2025), awards: [] })).blocks)).toContain('Поощрений в 2025/2026 учебном году не было.')
  })

  it('names one curator in the singular, several in the plural, and ends on the initials\' own full stop', () => {
    const about = (curators: string) => JSON.stringify(buildSpravka(input({ program: { ...program, curators }, programs: [{ ...program, curators }] })).blocks)
    expect(about('Иванова М. П.')).toContain('Куратор программы: Иванова М. П.')
    expect(about('Иванова М. П.')).not.toContain('П..')
    expect(about('Иванова М. П., Петров С. С.')).toContain('Кураторы программы: Иванова М. П., Петров С. С.')
  })

  it('is signed by the requisites\' curator, else the programme\'s curators, else the curator signed in on the device', () => {
    const signer = (requisites: Partial<SpravkaInput['requisites']>, curators = '') => buildSpravka(input({ program: curators ? program : null, requisites: { ...requisitesOf(), ...requisites } })).blocks.at(-1)
    const signedIn = { signedInCurator: 'Шиловская Яна Андреевна' }
    expect(signer({ ...signedIn, curatorName: 'Петрова Анна Игоревна' }, 'А. П. Смирнова')).toMatchObject({ name: 'А. И. Петрова' })
    expect(signer(signedIn, 'А. П. Смирнова')).toMatchObject({ name: 'А. П. Смирнова' })
    expect(signer(signedIn)).toEqual({ kind: 'signature', role: 'Куратор программы', name: 'Я. А. Шиловская' })
  })

  it('gives each of the programme\'s curators a line of their own, with the position its card writes', () => {
    const curators = 'Мартынова Людмила Ивановна (заместитель директора по УВР), Ткаченко Марина Евгеньевна (педагог-психолог)'
    const signatures = (text: string) => buildSpravka(input({ program: { ...program, curators: text }, programs: [{ ...program, curators: text }] })).blocks.filter(b => b.kind === 'signature')
    expect(signatures(curators)).toEqual([
      { kind: 'signature', role: 'Куратор программы (заместитель директора по УВР)', name: 'Л. И. Мартынова' },
      { kind: 'signature', role: 'Куратор программы (педагог-психолог)', name: 'М. Е. Ткаченко' },
    ])
    // Typed surname first, as a card often writes them: signed initials first, as every signature is.
    expect(signatures('Иванова М. П. и Петров С. С.').map(b => b.kind === 'signature' && b.name)).toEqual(['М. П. Иванова', 'С. С. Петров'])
    // Words that are no list of names are signed as typed, on one line.
    expect(signatures('методическое объединение, кафедра')).toEqual([{ kind: 'signature', role: 'Куратор программы', name: 'методическое объединение, кафедра' }])
  })

  it('counts a mentor who held the year\'s meetings of a pair since given to another, and the meetings once', () => {
    const group = pairs.filter(p => p.id === 'p1')
    const handedOver = group.map(p => ({ ...p, mentorId: 'm2' }))
    const held = [{ ...meeting('e1', '2026-01-10', 'work', 60), mentorId: 'm1' }, { ...meeting('e2', '2026-02-10', 'work', 60), mentorId: 'm2' }]
    const mentorsRow = (doc: ReturnType<typeof buildSpravka>) => doc.blocks.flatMap(b => (b.kind === 'table' ? b.rows : [])).find(row => row[0] === 'Наставников')
    expect(mentorsRow(buildSpravka(input({ pairs: group, meetings: held.slice(0, 1) })))).toEqual(['Наставников', '1'])
    expect(mentorsRow(buildSpravka(input({ pairs: handedOver, meetings: held })))).toEqual(['Наставников', '2'])
    expect(JSON.stringify(buildSpravka(input({ pairs: handedOver, meetings: held })).blocks)).toContain('проведено встреч: 2')
  })

  it('says the survey results need the server when it was never reached, and hides groups under 5', () => {
    expect(JSON.stringify(buildSpravka(input({ summary: null })).blocks)).toContain('Результаты анкетирования считает сервер')
    const hidden = input({ summary: { campaigns: [{ campaignId: 'c1', answers: 3, satisfaction: { hidden: true, count: 3 } }], byAudience: [], byForm: [], byProgram: [] } })
    expect(JSON.stringify(buildSpravka(hidden).blocks)).toContain('скрыто: меньше 5 ответов')
  })

  it('names each campaign\'s programme in the whole school\'s справка, where two of one audience and day read alike (seed 000)', () => {
    const other = { ...program, id: 'prog2', name: 'Учитель – учитель' }
    const twin = { ...campaign, id: 'c2', programId: 'prog2' }
    const rows = (doc: ReturnType<typeof buildSpravka>) => doc.blocks.flatMap(b => (b.kind === 'table' && b.head[0] === 'Анкетирование' ? b.rows.map(r => r[0]) : []))
    expect(rows(buildSpravka(input({ program: undefined, programs: [program, other], campaigns: [campaign, twin] })))).toEqual([
      `наставляемые, «${program.name}», 25 мая 2026 г.`,
      'наставляемые, «Учитель – учитель», 25 мая 2026 г.',
    ])
    expect(rows(buildSpravka(input()))).toEqual(['наставляемые, 25 мая 2026 г.'])
    expect(rows(buildSpravka(input({ campaigns: [{ ...campaign, mode: 'named' }] })))).toEqual(['наставляемые, поимённо, 25 мая 2026 г.'])
  })

  it('opens as a DOCX (a zip with word/document.xml) holding the figures and the curator\'s text', async () => {
    const xml = await documentXml(await toDocx(buildSpravka(input())))
    const text = textOf(xml)
    expect(text).toContain('МБОУ СОШ №\u00A07')
    expect(text).toContain('Доля молодых специалистов (стаж 0–3 года), вошедших в программы наставничества в роли наставляемого')
    expect(text).toContain('25\u00A0%') // 2 young specialists of 8
    expect(text).toContain('2\u00A0из\u00A08')
    expect(text).toContain('40\u00A0%') // their target
    expect(text).toContain('Пары работают устойчиво.')
    expect(text).toContain('Расширить базу наставников')
    expect(text).not.toContain('пятёрками')
    expect(xml).toContain('<w:tbl>')
  })
})

describe('a table with set column widths', () => {
  it('keeps them in Word too, so that a roadmap\'s columns are the same in every document', async () => {
    const doc = { fileName: 'x', title: 'ПРИКАЗ', preamble: [], blocks: [{ kind: 'table' as const, head: ['№', 'Мероприятие', 'Сроки', 'Ответственный', 'Результат'], rows: [['1.1', 'Положение', 'ежеквартально', 'Куратор', 'Положение']], widths: [7, 30, 19, 21, 23] }] }
    const xml = await documentXml(await toDocx(doc))
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>')
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(m => Number(m[1]))
    expect(grid).toHaveLength(5)
    expect(grid[1]! / grid[0]!).toBeCloseTo(ROADMAP_COLUMN_WIDTHS.title / ROADMAP_COLUMN_WIDTHS.number, 1)
    // A word too long for its column breaks at a soft hyphen, as on the page; a word that fits is whole.
    expect(textOf(xml)).toContain('еже\u00ADквар\u00ADталь\u00ADно')
    expect(textOf(xml)).toContain('Положение')
  })
})

describe('a row too tall to keep whole on a sheet', () => {
  // Seed 000's «Блок 6»: six points, 499 characters, in one of four equal columns.
  const points = Array.from({ length: 6 }, (_, i) => `${i + 1}. Обратная связь от наставников, наставляемых и куратора для мониторинга.`).join('\n')

  it('is told by the lines its cells take in their columns, not by a count of characters', () => {
    expect(points.length).toBeLessThan(500)
    expect(isLongRow(['Блок 6', points, 'Фиксация', 'Внутренние ресурсы'])).toBe(true)
    // The same text in a column half the sheet wide, or on a turned sheet, keeps its row whole.
    expect(isLongRow(['Блок 6', points], [20, 80])).toBe(false)
    expect(isLongRow(['Блок 6', points, 'Ресурсы'])).toBe(true)
    // Twelve lines are a third of an upright sheet, too many for a turned one.
    const twelve = Array.from({ length: 12 }, (_, i) => `${i + 1}. Анкета`).join('\n')
    expect([isLongRow(['1', twelve]), isLongRow(['1', twelve], undefined, true)]).toEqual([false, true])
    // A roadmap's usual row, and seed 004's first event of some 700 characters in a third of the width.
    expect(isLongRow(['1.1', 'Изучение нормативных документов', 'Сентябрь 2026 г.', 'Заместитель директора по УВР', 'Презентация'], Object.values(ROADMAP_COLUMN_WIDTHS))).toBe(false)
    expect(isLongRow(['1.2', 'Подготовка локальных актов: ' + '– приказ о закреплении пар; '.repeat(25), 'Сентябрь', 'Администрация', ''], Object.values(ROADMAP_COLUMN_WIDTHS))).toBe(true)
  })
})

describe('a table\'s name for a screen reader', () => {
  it('is the heading it stands under, else the document\'s title', () => {
    const table = { kind: 'table' as const, head: ['№'], rows: [] }
    const doc = { fileName: 'x', title: 'ПРИКАЗ', preamble: [], blocks: [table, { kind: 'heading' as const, text: 'Приложение к приказу от 1 сентября 2026 г.' }, { kind: 'paragraph' as const, text: 'Дорожная карта' }, table] }
    expect([tableLabel(doc, 0), tableLabel(doc, 3)]).toEqual(['ПРИКАЗ', 'Приложение к приказу от 1 сентября 2026\u00A0г.'])
  })
})

describe('a school\'s two approvals', () => {
  it('stand side by side in Word as on the page, in a table with no borders; one stays at the right in paragraphs', async () => {
    const approval = ['РАССМОТРЕНО:', 'на педагогическом совете', '', 'УТВЕРЖДАЮ:', 'Директор Т.В. Бальбердина']
    const xml = await documentXml(await toDocx({ fileName: 'x', title: 'ДОРОЖНАЯ КАРТА', approval, preamble: [], blocks: [] }))
    const cells = xml.split('<w:tc>').slice(1).map(cell => textOf(cell.split('</w:tc>')[0]!).replace(/\n/g, ' | ').replace(/\u00A0/g, ' '))
    expect(cells).toEqual(['РАССМОТРЕНО: | на педагогическом совете', 'УТВЕРЖДАЮ: | Директор Т.В. Бальбердина'])
    expect(xml).toContain('<w:insideV w:val="none"')
    const single = await documentXml(await toDocx({ fileName: 'x', title: 'ДОРОЖНАЯ КАРТА', approval: ['УТВЕРЖДАЮ', 'Директор'], preamble: [], blocks: [] }))
    expect(single).not.toContain('<w:tbl>')
    expect(textOf(single)).toContain('УТВЕРЖДАЮ')
  })
})

describe('a table in parts', () => {
  it('heads each part with a row across the table, in Word as on the page, an empty last part too', async () => {
    const block = { kind: 'table' as const, head: ['№', 'Мероприятие'], rows: [['1.1', 'Положение'], ['2.1', 'Анкеты']], subheads: [{ before: 0, text: '1 этап. Подготовка' }, { before: 1, text: '2 этап. База' }, { before: 2, text: '3 этап. Итоги' }] }
    expect(tableBody(block)).toEqual([{ subhead: '1 этап. Подготовка', note: false }, { cells: ['1.1', 'Положение'] }, { subhead: '2 этап. База', note: false }, { cells: ['2.1', 'Анкеты'] }, { subhead: '3 этап. Итоги', note: false }])
    const xml = await documentXml(await toDocx({ fileName: 'x', title: 'ДОРОЖНАЯ КАРТА', preamble: [], blocks: [block] }))
    const rows = xml.split('<w:tr>').slice(1)
    expect(rows.map(row => textOf(row).replace(/\n/g, ' | '))).toEqual(['№ | Мероприятие', '1 этап. Подготовка', '1.1 | Положение', '2 этап. База', '2.1 | Анкеты', '3 этап. Итоги'])
    expect(rows[1]).toContain('<w:gridSpan w:val="2"/>')
  })
})

describe('a year in Word', () => {
  it('keeps its «г.» on its line, as the printed sheet does, while the data keeps a plain space', async () => {
    const blocks = [{ kind: 'paragraph' as const, text: 'за период с 1 сентября 2025 г. по 31 августа 2026 г.' }, { kind: 'table' as const, head: ['Итог'], rows: [['выполнено 10 февраля 2026 г.']] }]
    const docx = textOf(await documentXml(await toDocx({ fileName: 'x', title: 'ЖУРНАЛ ВСТРЕЧ', preamble: [], blocks })))
    expect(docx).toContain('по 31 августа 2026\u00A0г.')
    expect(docx).toContain('10 февраля 2026\u00A0г.')
    expect(blocks[0]!.text).toContain('2026 г.')
  })
})

describe('a name on the sheet', () => {
  it('keeps its initials with its surname, whichever comes first, and leaves other capitals alone', () => {
    expect(typeset('Куратор (заместитель директора по УВР) Я. А. Шиловская')).toBe('Куратор (заместитель директора по УВР) Я.\u00A0А.\u00A0Шиловская')
    expect(typeset('утвердила О.В. Владимирова 02.09.2024 г.')).toBe('утвердила О.В.\u00A0Владимирова 02.09.2024\u00A0г.')
    expect(typeset('Кураторы программы: Иванова М. П., Петров С. С.')).toBe('Кураторы программы: Иванова\u00A0М.\u00A0П., Петров\u00A0С.\u00A0С.')
    expect(typeset('Класс 7Б. Итоги года')).toBe('Класс 7Б. Итоги года')
    // A passport's years as seed 001 writes them; «года» is a word of its own.
    expect(['2022 г', 'на период 2021-2024 гг.', 'август 2021г.', 'в 2024 году'].map(typeset)).toEqual(['2022\u00A0г', 'на период 2021-2024\u00A0гг.', 'август 2021г.', 'в 2024 году'])
  })
})

describe('a number or a date on the sheet', () => {
  it('keeps a number with what it counts, so a narrow cell never leaves «%» alone', () => {
    const nbsp = (text: string) => text.replaceAll('\u00A0', '⍽')
    // A date's parts may part: «С октября 2021 г.» as one piece is wider than a column of сроки.
    expect(['28,6 %', '53 из 312', '31 мая 2026 г.', 'С октября 2021 г.'].map(text => nbsp(typeset(text))))
      .toEqual(['28,6⍽%', '53⍽из⍽312', '31 мая 2026⍽г.', 'С октября 2021⍽г.'])
    // Words that only look like it are left alone: «из» between words, a number before a word that is no month.
    expect(['В 5 классах из 7 групп', 'до 18 лет', 'май и июнь'].map(typeset)).toEqual(['В 5 классах из 7 групп', 'до 18 лет', 'май и июнь'])
    // Seed 004's order: a letter's number and a town never leave «№» or «г.» at a line's end.
    expect(['от 21 декабря 2021 г. № АЗ-1128/08/657', 'МБОУ «СОШ № 47» г. Калуги', 'п. 3 положения'].map(text => nbsp(typeset(text))))
      .toEqual(['от 21 декабря 2021⍽г. №⍽АЗ-1128/08/657', 'МБОУ «СОШ №⍽47» г.⍽Калуги', 'п. 3 положения'])
    // «№ п/п» may wrap in a narrow head; a year's «г.» before the next sentence and «т. п.» do not bind it.
    expect(['№ п/п', 'Ноябрь 2021 г. Далее', 'и т. п. Далее'].map(text => nbsp(typeset(text)))).toEqual(['№ п/п', 'Ноябрь 2021⍽г. Далее', 'и т. п. Далее'])
  })
})

describe('a signature in Word', () => {
  it('is not justified, and its blank and initials never part from each other or the surname', async () => {
    const blocks = [{ kind: 'signature' as const, role: 'Куратор (заместитель директора по учебно-воспитательной работе)', name: 'Я. А. Шиловская' }]
    const xml = await documentXml(await toDocx({ fileName: 'x', title: 'ЖУРНАЛ ВСТРЕЧ', preamble: [], blocks }))
    const paragraph = xml.split('<w:p>').find(p => p.includes('Шиловская'))!
    expect(paragraph).toContain('<w:jc w:val="left"/>')
    expect(textOf(paragraph)).toBe('Куратор (заместитель директора по учебно-воспитательной работе) ____________________\u00A0Я.\u00A0А.\u00A0Шиловская')
  })
})

describe('the whole school\'s справка', () => {
  const roadmap = { ...base, id: 'rm', title: 'Дорожная карта 2025/26', startDate: '2025-09-01', endDate: '2026-06-30', numbering: 'arabic' as const, eventNumbering: 'stage' as const, stages: [{ id: 's1', title: 'Подготовка', resources: '' }], approval: '' }
  const event = (id: string, title: string, fields: Partial<RoadmapEvent>): RoadmapEvent => ({ ...base, id, roadmapId: 'rm', stageId: 's1', programIds: [], title, deadline: { kind: 'on', at: '2026-03', text: '' }, responsibleIds: [], responsible: '', sphere: '', plannedResult: '', status: 'planned', doneOn: '', issued: null, occurrences: [], position: 0, number: '', ...fields })
  const events = [
    event('e1', 'Приказ о закреплении пар', { status: 'done', doneOn: '2026-02-10', issued: { kind: 'Приказ', number: '32', date: '2026-02-10', link: '' }, position: 1 }),
    event('e2', 'Анкетирование наставляемых', { position: 2 }),
    event('e3', 'Итоговая конференция', { deadline: { kind: 'on', at: '2026-06', text: '' }, position: 3, programIds: ['other'] }),
  ]

  it('titles the whole school\'s справка with the school\'s name declined, as the curator corrected it', () => {
    const school = (names: Record<string, string>) => buildSpravka(input({ program: null, names, requisites: { ...requisitesOf(), fullName: 'Школа-парк «Созвездие»', shortName: '' } }))
    // Not a kind the rules know: left as written, and flagged for the curator.
    expect(school({}).title).toBe('Аналитическая справка о реализации целевой модели наставничества в Школа-парк «Созвездие» за 2026 год')
    expect(school({}).names).toEqual([{ key: 'school:prepositional', written: 'Школа-парк «Созвездие»', nameCase: 'prepositional', text: 'Школа-парк «Созвездие»', unsure: true, corrected: false, correctAt: '/settings/school' }])
    const corrected = school({ 'school:prepositional': 'Школе-парке «Созвездие»' })
    expect(corrected.title).toBe('Аналитическая справка о реализации целевой модели наставничества в Школе-парке «Созвездие» за 2026 год')
    expect(corrected.names?.[0]).toMatchObject({ unsure: false, corrected: true })
    // A programme's справка names no school in its title, and has nothing to correct.
    expect(buildSpravka(input()).names).toEqual([])
  })

  it('covers every programme, says how the roadmap was carried out, and keeps only the indicators that apply', () => {
    // A teachers-only school: the pupil's place taken by a young specialist.
    const staffPairs = pairs.map(p => ({ ...p, menteeIds: p.menteeIds.map(id => (id === 's1' ? 'y2' : id)) }))
    const staff = people.filter(p => p.id !== 's1')
    const indicators = computeIndicators({ year: 2026, firstYear: 2025, people: staff, pairs: staffPairs, partnerCount: 0, settings: undefined, satisfaction: [] })
    const doc = buildSpravka(input({ people: staff, pairs: staffPairs, indicators, program: null, programs: [program, { ...program, id: 'other', name: 'Ученик – ученик' }], roadmaps: [roadmap], roadmapEvents: events, requisites: { ...requisitesOf(), fullName: 'МБОУ СОШ № 7', shortName: 'СОШ № 7', curatorName: 'Петрова Анна Игоревна', curatorPosition: 'Заместитель директора по УВР' } }))
    expect(doc.title).toBe('Аналитическая справка о реализации целевой модели наставничества в СОШ № 7 за 2026 год')
    const text = JSON.stringify(doc.blocks)
    expect(text).toContain('«Ученик – ученик»')
    expect(text).toContain('мероприятий — 3, выполнено — 1, просрочено — 1')
    expect(text).toContain('["1.1","Приказ о закреплении пар","март 2026","выполнено 10 февраля 2026 г.; Приказ № 32 от 10 февраля 2026 г."]')
    expect(text).toContain('"Анкетирование наставляемых","март 2026","просрочено"')
    expect(text).toContain('"Итоговая конференция","июнь 2026","запланировано"')
    // Every pair of the school counts, the other programme's too.
    expect(text).toContain('["Наставнических пар и групп","3"]')
    // Young specialists only: no row for the pupils' indicators, which would say «нет данных».
    const rows = doc.blocks.flatMap(b => (b.kind === 'table' ? b.rows : [])).filter(r => r.length === 5).map(r => r[0])
    expect(rows).toEqual(['Доля молодых специалистов (стаж 0–3 года), вошедших в программы наставничества в роли наставляемого'])
    expect(doc.blocks.at(-1)).toEqual({ kind: 'signature', role: 'Куратор программы (заместитель директора по УВР)', name: 'А. И. Петрова' })
    expect(doc.blocks.filter(b => b.kind === 'heading').map(b => b.kind === 'heading' && b.text.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'])
  })

  it('leaves a programme\'s справка the roadmap events of its own and the school-wide ones', () => {
    const text = JSON.stringify(buildSpravka(input({ roadmaps: [roadmap], roadmapEvents: events })).blocks)
    expect(text).toContain('["1.2","Анкетирование наставляемых"')
    expect(text).not.toContain('Итоговая конференция')
    // Numbered straight through, as seed 001 numbers its roadmap, the справка says the same numbers.
    const through = JSON.stringify(buildSpravka(input({ roadmaps: [{ ...roadmap, eventNumbering: 'through' }], roadmapEvents: events })).blocks)
    expect(through).toContain('["2","Анкетирование наставляемых"')
  })

  it('says when the year\'s roadmap ended while the programme went on with none after it', () => {
    const summaryOf = (overrides: Partial<SpravkaInput>) => {
      const blocks = buildSpravka(input({ roadmaps: [roadmap], roadmapEvents: events, today: '2026-12-05', ...overrides })).blocks
      const heading = blocks.findIndex(b => b.kind === 'heading' && b.text.includes('дорожной карты'))
      const summary = blocks[heading + 1]
      // The summary is there in every case: a «not there» below cannot pass for want of it.
      expect(summary?.kind === 'paragraph' && summary.text).toMatch(/^Дорожная карта /)
      return summary?.kind === 'paragraph' ? summary.text : ''
    }
    const runsOn = { ...program, endDate: '2027-05-31' }
    expect(summaryOf({ program: runsOn, programs: [runsOn] })).toBe('Дорожная карта 2025/26: мероприятий — 2, выполнено — 1, просрочено — 1. Дорожная карта действовала по 30 июня 2026 г.; на период с 1 июля 2026 г. дорожная карта не утверждена.')
    // The programme ended with the roadmap; the year not yet past its end; the next year's roadmap approved.
    expect(summaryOf({})).not.toContain('не утверждена')
    expect(summaryOf({ program: runsOn, programs: [runsOn], today: '2026-06-20' })).not.toContain('не утверждена')
    const next = { ...roadmap, id: 'rm2', title: 'Дорожная карта 2026/27', startDate: '2026-09-01', endDate: '2027-06-30' }
    expect(summaryOf({ program: runsOn, programs: [runsOn], roadmaps: [roadmap, next] })).not.toContain('не утверждена')
    // A programme closed early owes the rest of the year no roadmap.
    const closed = { ...runsOn, status: 'closed_early' as const }
    expect(summaryOf({ program: closed, programs: [closed] })).not.toContain('не утверждена')
    // The whole school's справка: one of its programmes still runs.
    expect(summaryOf({ program: null, programs: [program, runsOn] })).toContain('на период с 1 июля 2026 г. дорожная карта не утверждена')
    // The school year 2025/26 is over with its lessons: its roadmap to 30 June covers it, the summer wants none.
    expect(summaryOf({ program: runsOn, programs: [runsOn], period: reportPeriod('school', 2025) })).not.toContain('не утверждена')
  })
})

describe('the справка of a year of a roadmap over several years (seed 003: «на 2020-2024 годы»)', () => {
  const roadmap = { ...base, id: 'years', title: 'Дорожная карта на 2020-2024 годы', startDate: '2020-11-01', endDate: '2024-12-31', numbering: 'arabic' as const, eventNumbering: 'stage' as const, stages: [{ id: 's1', title: 'Подготовка', resources: '' }], approval: '' }
  const event = (id: string, title: string, fields: Partial<RoadmapEvent>): RoadmapEvent => ({ ...base, id, roadmapId: 'years', stageId: 's1', programIds: [], title, deadline: { kind: 'on', at: '2020-11', text: '' }, responsibleIds: [], responsible: '', sphere: '', plannedResult: '', status: 'planned', doneOn: '', issued: null, occurrences: [], position: 0, number: '', ...fields })
  const events = [
    event('group', 'Формирование рабочей группы', { deadline: { kind: 'recurring', every: 'year', months: [9], opensIn: 8, text: 'август - сентябрь' }, occurrences: [{ key: '2022-09', on: '2022-09-12', result: 'Приказ № 41' }, { key: '2023-09', on: '2023-09-05', result: '' }] }),
    event('council', 'Заседание совета', { deadline: { kind: 'recurring', every: 'quarter', months: [], text: 'ежеквартально' }, occurrences: [{ key: '2022-Q1', on: '2022-03-20', result: '' }], position: 1 }),
    // Seed 001's «Ежегодно» with no month: marked by the day it was done, once a year.
    event('survey', 'Анкетирование участников', { deadline: { kind: 'recurring', every: 'year', months: [], text: 'Ежегодно' }, occurrences: [{ key: '2022-05-15', on: '2022-05-15', result: 'Анкеты' }, { key: '2024-05-20', on: '2024-05-20', result: '' }], position: 2 }),
    event('site', 'Страница на сайте школы', { deadline: { kind: 'ongoing', text: 'постоянно' }, occurrences: [{ key: '2022-02-01', on: '2022-02-01', result: '' }, { key: '2024-03-01', on: '2024-03-01', result: '' }], position: 3 }),
  ]
  const rowsOf = (year: number) => buildSpravka(input({ period: calendarYear(year), today: '2026-12-05', roadmaps: [roadmap], roadmapEvents: events })).blocks.flatMap(b => (b.kind === 'table' && b.rows[0]?.length === 4 ? b.rows.map(r => r[3]) : []))

  it('reports each recurring event by that year\'s occurrences and their marks, not by today\'s', () => {
    expect(rowsOf(2022)).toEqual([
      'выполнено: август – сентябрь 2022 — 12 сентября 2022 г., Приказ № 41',
      'выполнено: 1-й квартал 2022 — 20 марта 2022 г.; не выполнено: 2-й квартал 2022, 3-й квартал 2022, 4-й квартал 2022',
      'выполнено: 15 мая 2022 г., Анкеты',
      'выполнено: 1 февраля 2022 г.',
    ])
    expect(rowsOf(2024)[0]).toBe('не выполнено: август – сентябрь 2024')
    // A roadmap begun in November owes no September in its first year.
    expect(rowsOf(2020)[0]).toBe('в 2020 году срока нет')
    // «Ежегодно» owes each year of the roadmap: one that ended with no mark says so.
    expect(rowsOf(2023)[2]).toBe('не выполнено: 2023 год')
    // One carried on all along says the last day before the year's end, not a later year's.
    expect(rowsOf(2023)[3]).toBe('выполняется; последний раз 1 февраля 2022 г.')
    const text = JSON.stringify(buildSpravka(input({ period: calendarYear(2022), today: '2026-12-05', roadmaps: [roadmap], roadmapEvents: events })).blocks)
    expect(text).toContain('мероприятий — 4, выполнено — 3, просрочено — 1')
  })

  it('heads each roadmap\'s events with its title when two run in the year (the pupils\' and the teachers\')', () => {
    const teachers = { ...roadmap, id: 'teachers', title: 'Дорожная карта наставничества педагогических работников', startDate: '2022-09-01', endDate: '2023-08-31' }
    const talk = event('talk', 'Семинар для наставников', { roadmapId: 'teachers', deadline: { kind: 'on', at: '2022-10', text: 'октябрь 2022' } })
    const spravka = buildSpravka(input({ period: calendarYear(2022), today: '2026-12-05', roadmaps: [roadmap, teachers], roadmapEvents: [...events, talk] }))
    const table = spravka.blocks.find(b => b.kind === 'table' && b.rows[0]?.length === 4)
    expect(table?.kind === 'table' && table.subheads).toEqual([
      { before: 0, text: roadmap.title }, { before: 0, text: '1 этап. Подготовка' },
      { before: 4, text: teachers.title }, { before: 4, text: '1 этап. Подготовка' },
    ])
    expect(table?.kind === 'table' && table.rows[4]?.slice(0, 2)).toEqual(['1.1', 'Семинар для наставников'])
  })

  it('heads each stage\'s events with the stage, as the roadmap does, where the school\'s numbers start again (seed 004)', () => {
    const staged = { ...roadmap, eventNumbering: 'table' as const, stages: [{ id: 's1', title: 'Подготовка условий', resources: '', label: '1' }, { id: 's2', title: 'Формирование базы наставников', resources: '', label: '2' }, { id: 'loose', title: 'Прочее', resources: '', unheaded: true }] }
    const numbered = [
      event('a', 'Приказ о положении', { number: '1' }),
      event('b', 'Создание рабочей группы', { number: '2', position: 1 }),
      event('c', 'Анкетирование педагогов', { stageId: 's2', number: '1', position: 2 }),
      event('d', 'Информирование', { stageId: 'loose', number: '', position: 3 }),
    ]
    const table = buildSpravka(input({ period: calendarYear(2020), today: '2026-12-05', roadmaps: [staged], roadmapEvents: numbered })).blocks.find(b => b.kind === 'table' && b.rows[0]?.length === 4)
    expect(table?.kind === 'table' && table.rows.map(r => r[0])).toEqual(['1', '2', '1', ''])
    // The stage its table left unheaded heads nothing here either.
    expect(table?.kind === 'table' && table.subheads).toEqual([{ before: 0, text: '1. Подготовка условий' }, { before: 2, text: '2. Формирование базы наставников' }])
  })

  it('heads the stages under a stage with no event of its own with that stage too (seed 002\'s «I.» over its «1.» and «2.»)', () => {
    const nested = { ...roadmap, stages: [{ id: 'I', title: 'Подготовка условий для запуска программы', resources: '', label: 'I' }, { id: 's1', title: 'Информирование', resources: '', label: '1' }, { id: 's2', title: 'Обучение', resources: '', label: '2' }] }
    const events = [event('a', 'Совещание', {}), event('b', 'Семинар', { stageId: 's2', position: 1 })]
    const table = buildSpravka(input({ period: calendarYear(2020), today: '2026-12-05', roadmaps: [nested], roadmapEvents: events })).blocks.find(b => b.kind === 'table' && b.rows[0]?.length === 4)
    expect(table?.kind === 'table' && table.subheads?.map(s => s.text)).toEqual(['I. Подготовка условий для запуска программы', '1. Информирование', '2. Обучение'])
  })

  it('says a long deadline its stage\'s events share once, under the stage\'s heading, not in each row (seed 000\'s «Блок 3»)', () => {
    const staged = { ...roadmap, stages: [{ id: 's1', title: 'Формирование базы наставников', resources: '', label: '3' }, { id: 's2', title: 'Итоги', resources: '', label: '4' }] }
    const always = 'октябрь-ноябрь 2020 года, далее постоянно в процессе реализации модели наставничества'
    const long = { kind: 'ongoing' as const, from: '2020-10', text: always }
    const blocks = [
      event('a', 'Информировать коллектив', { deadline: long }),
      event('b', 'Собрать анкеты', { deadline: long, position: 1 }),
      event('c', 'Конференция', { stageId: 's2', deadline: long, position: 2 }),
    ]
    const table = buildSpravka(input({ period: calendarYear(2020), today: '2026-12-05', roadmaps: [staged], roadmapEvents: blocks })).blocks.find(b => b.kind === 'table' && b.rows[0]?.length === 4)
    expect(table?.kind === 'table' && table.subheads?.[0]?.text).toBe(`3. Формирование базы наставников (срок: ${always})`)
    expect(table?.kind === 'table' && table.rows.map(r => r[2])).toEqual(['', '', always])
    // A stage of one event keeps it in its row.
    expect(table?.kind === 'table' && table.subheads?.[1]?.text).toBe('4. Итоги')
  })

  it('reads an event «…, далее постоянно» past its dated part as carried on, not overdue and not «запланировано» (seed 000\'s stages)', () => {
    const always = { kind: 'on' as const, at: '2020-10', then: 'ongoing' as const, text: 'октябрь 2020 года, далее постоянно' }
    const doc = buildSpravka(input({ period: calendarYear(2020), today: '2026-12-05', roadmaps: [roadmap], roadmapEvents: [event('a', 'Информирование родителей', { deadline: always })] }))
    const table = doc.blocks.find(b => b.kind === 'table' && b.rows[0]?.length === 4)
    expect(table?.kind === 'table' && table.rows.map(r => r[3])).toEqual(['выполняется постоянно; отметок о выполнении нет'])
    expect(JSON.stringify(doc.blocks)).toContain('просрочено — 0')
  })
})

describe('the справка of a school with indicators of its own', () => {
  it('names them in the school\'s words, with the year\'s targets of its table', () => {
    const definitions = presetDefinitions('kirovRegion').map((d, i) => ({ ...d, id: `k${i}`, deleted: 0 as const, totals: { 2026: 8 } }))
    const indicators = computeIndicators({ year: 2024, firstYear: 2024, people, pairs: pairs.map(p => ({ ...p, startDate: '2024-01-10', plannedEndDate: '2024-05-31' })), partnerCount: 0, settings: undefined, satisfaction: [], definitions })
    const table = buildSpravka(input({ indicators })).blocks.find(b => b.kind === 'table' && b.rows.some(r => r[0]?.startsWith('Доля детей')))
    const rows = table?.kind === 'table' ? table.rows : []
    expect(rows.map(r => r[0])).toEqual(presetDefinitions('kirovRegion').map(d => d.name))
    // Young specialist teachers: 2 of the school's mentees, against 2024's 70 %, with no total entered for 2024.
    expect(rows[2]).toEqual([presetDefinitions('kirovRegion')[2]!.name, '—', '70 %', '2; общее число на год не введено', 'нет данных'])
  })
})

const requisites = { fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»', shortName: 'МБОУ СОШ № 7', address: '', city: 'г. Калуга', directorName: 'Шиловская Яна Андреевна', directorPosition: 'Директор', curatorName: 'Петрова Анна Игоревна', curatorPosition: 'Заместитель директора по УВР', namePrepositional: '', nameGenitive: '' }
const noEdits = { number: '', date: '', texts: {}, names: {} }
const teachers = [
  { ...person('t1', 'Петрова Анна Игоревна', 'teacher'), isMentor: 1 as const, position: 'учитель математики' },
  person('t2', 'Белов Пётр Ильич', 'young_specialist'),
  person('t3', 'Ким Ольга Викторовна', 'young_specialist'),
]
const teacherPairs: Pair[] = [{ ...base, id: 'tp', programId: 'prog', mentorId: 't1', menteeIds: ['t2', 't3'], startDate: '2025-09-15', plannedEndDate: '2026-05-31', status: 'active', endReason: '' }]
const order = (draft = noEdits, extra: Partial<Parameters<typeof buildOrder>[0]> = {}) => buildOrder({ requisites, program: { ...program, curators: '' }, pairs: teacherPairs, people: teachers, draft, ...extra })
const paragraphs = (doc: ReturnType<typeof buildOrder>) => doc.blocks.flatMap(b => (b.kind === 'paragraph' ? [b.text] : []))

describe('a roadmap\'s title that says its period', () => {
  it('is told by its first and last years, a school year\'s second by its last two digits', () => {
    const named = (title: string, startDate = '2021-01-01', endDate = '2024-12-31') => titleNamesPeriod({ title, startDate, endDate })
    expect(named('План мероприятий (дорожная карта) на период 2021-2024 гг.')).toBe(true)
    expect(named('Дорожная карта на 2025/26 учебный год', '2025-09-01', '2026-06-30')).toBe(true)
    expect(named('Дорожная карта на 2025 – 2026 учебный год', '2025-09-01', '2026-08-31')).toBe(true)
    expect(named('Дорожная карта на 2021 год', '2021-01-01', '2021-12-31')).toBe(true)
    // A period the title does not reach, or a title with no years: the sentence names the dates.
    expect(named('Дорожная карта на 2025/26 учебный год', '2025-09-01', '2027-06-30')).toBe(false)
    expect(named('План мероприятий по внедрению целевой модели')).toBe(false)
    expect(named('Школа № 2021: план')).toBe(false)
  })
})

describe('приказ о закреплении пар', () => {
  it('assigns the pairs that ran to their end when none runs now (seed 004 typed in after it ran), not one dissolved', () => {
    const ended: Pair[] = [
      { ...teacherPairs[0]!, status: 'completed' },
      { ...teacherPairs[0]!, id: 'gone', mentorId: 't1', menteeIds: ['t3'], status: 'dissolved', endReason: 'переезд' },
    ]
    expect(orderedPairs({ program, pairs: ended, people: teachers }).map(({ pair }) => pair.id)).toEqual(['tp'])
    // A running pair beside them: the order is the running ones'.
    expect(orderedPairs({ program, pairs: [...ended, { ...teacherPairs[0]!, id: 'now' }], people: teachers }).map(({ pair }) => pair.id)).toEqual(['now'])
    expect(paragraphs(order(noEdits, { pairs: ended })).find(p => p.startsWith('1. '))).toContain('с 15 сентября 2025 г. по 31 мая 2026 г.')
  })

  it('assigns the pairs begun in a school year asked for, running or ended, whatever runs now (seed 003\'s 2020/21 order printed in 2026)', () => {
    const then: Pair = { ...teacherPairs[0]!, id: 'then', startDate: '2020-10-01', plannedEndDate: '2021-05-31', status: 'completed' }
    const pairs = [then, { ...teacherPairs[0]!, id: 'now' }, { ...then, id: 'broken', status: 'dissolved' as const }]
    expect(pairYears({ program, pairs })).toEqual([2025, 2020])
    expect(orderedPairs({ program, pairs, people: teachers, startedIn: 2020 }).map(({ pair }) => pair.id)).toEqual(['then'])
    expect(orderedPairs({ program, pairs, people: teachers }).map(({ pair }) => pair.id)).toEqual(['now'])
    expect(paragraphs(order(noEdits, { pairs, startedIn: 2020 })).find(p => p.startsWith('1. '))).toContain('с 1 октября 2020 г. по 31 мая 2021 г.')
  })

  it('appoints the programme\'s own curators, each declined with the position its card writes; the school\'s curator only where it names none', () => {
    const item2 = (curators: string) => paragraphs(order(noEdits, { program: { ...program, curators } })).find(p => p.startsWith('2. '))
    expect(item2('Ткаченко Марина Евгеньевна')).toBe('2. Назначить куратором программы наставничества «Педагог – молодой специалист» Ткаченко Марину Евгеньевну.')
    // Seed 003's card names its curator by initials: declined, and the sentence keeps one full stop.
    expect(item2('Прокашева Т.А.')).toBe('2. Назначить куратором программы наставничества «Педагог – молодой специалист» Прокашеву Т.А.')
    // A programme whose own name says «наставничество» is not named «программы наставничества «Наставничество…»».
    const named = paragraphs(order(noEdits, { program: { ...program, name: 'Наставничество «ученик – ученик»', curators: 'Прокашева Т.А.' } }))
    expect(named.find(p => p.startsWith('2. '))).toBe('2. Назначить куратором программы «Наставничество «ученик – ученик»» Прокашеву Т.А.')
    expect(item2('Мартынова Людмила Ивановна (зам. директора), Ткаченко Марина Евгеньевна')).toBe('2. Назначить кураторами программы наставничества «Педагог – молодой специалист» Мартынову Людмилу Ивановну (зам. директора), Ткаченко Марину Евгеньевну.')
    // The position declined with the name where its head is a known position's; an abbreviation («зам.») as typed.
    expect(item2('Иванова Мария Петровна (заместитель директора по УВР)')).toBe('2. Назначить куратором программы наставничества «Педагог – молодой специалист» Иванову Марию Петровну (заместителя директора по УВР).')
    expect(item2('Ковалёва Светлана Петровна (Социальный педагог)')).toContain('Ковалёву Светлану Петровну (социального педагога).')
    // Words that are no list of names stay as typed.
    expect(item2('методическое объединение учителей')).toBe('2. Назначить куратором (кураторами) программы наставничества «Педагог – молодой специалист»: методическое объединение учителей.')
    expect(item2('')).toContain('Петрову Анну Игоревну')
    // No requisites' curator yet: the curator signed in, as the signature under the order; no one at all, a blank.
    const unnamed = (signedInCurator: string) => paragraphs(order(noEdits, { requisites: { ...requisites, curatorName: '', signedInCurator } })).find(p => p.startsWith('2. '))
    expect(unnamed('Ковалёва Светлана Петровна')).toBe('2. Назначить куратором программы наставничества «Педагог – молодой специалист» Ковалёву Светлану Петровну.')
    expect(unnamed('')).toContain('_______________')
    // Each declined name is offered for checking under «Имена в падежах».
    const names = order(noEdits, { program: { ...program, curators: 'Мартынова Людмила Ивановна, Ткаченко Марина Евгеньевна' } }).names?.map(n => n.key)
    expect(names).toEqual(expect.arrayContaining(['curator:accusative', 'curator2:accusative']))
  })

  it('declines the names as each sentence needs, cites the staff mentors\' consent (ТК 351.8), and is signed by the director', async () => {
    const doc = order({ ...noEdits, number: '45-о', date: '2026-09-12' })
    const text = paragraphs(doc).join('\n')
    // A class or a должность in brackets, never a category («(молодой специалист)» said nothing the order needs).
    expect(text).toContain('1.1. Закрепить за Петровой Анной Игоревной (учитель математики) Белова Петра Ильича, Ким Ольгу Викторовну.')
    expect(text).toContain('2. Назначить куратором программы наставничества «Педагог – молодой специалист» Петрову Анну Игоревну (заместителя директора по УВР).')
    // The period of the pairs it assigns, as the appendix lists them, not the programme's (seed 002: from the 4th, not the 1st).
    expect(text).toContain('на период с 15 сентября 2025 г. по 31 мая 2026 г. согласно приложению')
    expect(text).toContain('статья 351.8 Трудового кодекса')
    expect(text).not.toContain('персональных данных') // no pupil among them
    // An order of 2021, before ТК РФ ст. 351.8 came into force, cites the mentors' consent but not the article.
    const early = paragraphs(order({ ...noEdits, date: '2021-11-20' })).join('\n')
    expect(early).toContain('с согласия наставников на возложение на них дополнительных обязанностей')
    expect(early).not.toContain('351.8')
    expect(doc.blocks).toContainEqual({ kind: 'dateLine', date: '12 сентября 2026 г.', number: '№ 45-о' })
    expect(doc.blocks).toContainEqual({ kind: 'signature', role: 'Директор', name: 'Я. А. Шиловская' })
    // Everyone it gives work signs that they have read it, once each: the curator (here the mentor too), the young teachers.
    const signed = doc.blocks.slice(doc.blocks.findIndex(b => b.kind === 'paragraph' && b.text === 'С приказом ознакомлены:') + 1).filter(b => b.kind === 'signature')
    expect(signed.map(b => b.kind === 'signature' && b.name)).toEqual(['А. И. Петрова', 'П. И. Белов', 'О. В. Ким'])
    const table = doc.blocks.find(b => b.kind === 'table')
    // Teachers: their должность under «Должность», empty until the card has one (not the category's word).
    expect(table && table.kind === 'table' ? table.rows : []).toEqual([
      ['1', 'Петрова Анна Игоревна, учитель математики', 'Белов Пётр Ильич, Ким Ольга Викторовна', '', 'с 15 сентября 2025 г. по 31 мая 2026 г.'],
    ])
    const docx = textOf(await documentXml(await toDocx(doc)))
    expect(docx).toContain('Я.\u00A0А.\u00A0Шиловская')
    expect(docx).toContain('Белова Петра Ильича')
    expect(docx).toContain('12 сентября 2026\u00A0г.')
  })

  it('declines a person as their card corrects the name for every document; a form corrected in the draft wins there', () => {
    const written = 'Гусейнов Эльчин Вагиф оглы'
    const guseynov: Person = { ...teachers[0]!, name: written, nameForms: { of: written, instrumental: 'Гусейновым Эльчином Вагифом оглы' } }
    const withMentor = (mentor: Person, draft = noEdits) => order(draft, { people: [mentor, ...teachers.slice(1)] })
    const doc = withMentor(guseynov)
    expect(paragraphs(doc).join('\n')).toContain('1.1. Закрепить за Гусейновым Эльчином Вагифом оглы (учитель математики) Белова Петра Ильича')
    // Listed under «Имена в падежах» as no longer in doubt, with the card where it is corrected for every document.
    expect(doc.names?.find(n => n.key === 't1:instrumental')).toEqual({ key: 't1:instrumental', written, nameCase: 'instrumental', text: 'Гусейновым Эльчином Вагифом оглы', unsure: false, corrected: false, correctAt: '/people/t1' })
    expect(withMentor({ ...guseynov, nameForms: undefined }).names?.find(n => n.key === 't1:instrumental')).toMatchObject({ text: written, unsure: true })
    expect(paragraphs(withMentor(guseynov, { ...noEdits, names: { 't1:instrumental': 'Гусейновым Э. В. оглы' } })).join('\n')).toContain('Закрепить за Гусейновым Э. В. оглы (')
    // Forms kept for a name since changed (on another device, by an import) no longer apply: the rules decline the new one.
    expect(paragraphs(withMentor({ ...guseynov, name: 'Петрова Анна Игоревна' })).join('\n')).toContain('Закрепить за Петровой Анной Игоревной (')
  })

  it('declines the requisites\' curator as the requisites correct the name, and a programme\'s other curator by the rules', () => {
    const forms = { of: 'Петрова Анна Игоревна', accusative: 'Петрову А. И. (исправлено в реквизитах)' }
    const item2 = (curators: string) => {
      const doc = order(noEdits, { requisites: { ...requisites, curatorNameForms: forms }, program: { ...program, curators } })
      return { text: paragraphs(doc).find(p => p.startsWith('2. ')), name: doc.names?.find(n => n.key === 'curator:accusative') }
    }
    expect(item2('').text).toContain('Петрову А. И. (исправлено в реквизитах)')
    expect(item2('').name).toMatchObject({ correctAt: '/settings/school', unsure: false })
    expect(item2('Ткаченко Марина Евгеньевна').text).toContain('Ткаченко Марину Евгеньевну')
    expect(item2('Ткаченко Марина Евгеньевна').name?.correctAt).toBeUndefined()
  })

  it('cites the pupils\' consents to their data where pupils are mentored, and lists only the running pairs of the programme', () => {
    const withPupil = [...pairs, { ...pairs[1]!, id: 'p4', status: 'active' as const }]
    const doc = buildOrder({ requisites, program, pairs: withPupil, people, draft: noEdits })
    expect(paragraphs(doc).join('\n')).toContain('согласий на обработку персональных данных')
    const table = doc.blocks.find(b => b.kind === 'table')
    expect(table && table.kind === 'table' ? table.rows.map(r => [r[2], r[3]]) : []).toEqual([['Дарья Сергеевна Ким, Павел Андреевич Орлов', ''], ['Олег Ли', '7Б']])
    expect(table && table.kind === 'table' && table.head[3]).toBe('Класс, группа или должность')
    // Seed 004's teachers only: their должности.
    const teachers = buildOrder({ requisites, program, pairs: pairs.slice(0, 1), people, draft: noEdits }).blocks.find(b => b.kind === 'table')
    expect(teachers && teachers.kind === 'table' && teachers.head[3]).toBe('Должность')
  })

  it('keeps the curator\'s rewritten paragraph and name form, and says when the data changed under the edit', () => {
    const generated = paragraphs(order()).find(p => p.startsWith('В соответствии'))!
    expect(generated).toMatch(/^В соответствии с Положением/)
    const edited = order({ ...noEdits, texts: { basis: { text: 'На основании решения педсовета.', base: generated } }, names: { 't2:accusative': 'Белова Петра Ильича (исправлено)' } })
    expect(paragraphs(edited)).toContain('На основании решения педсовета.')
    expect(paragraphs(edited).join('\n')).toContain('Белова Петра Ильича (исправлено)')
    expect(edited.blocks.find(b => b.kind === 'paragraph' && b.edit?.key === 'basis')).toMatchObject({ edit: { edited: true, stale: false } })
    expect(edited.names?.find(n => n.key === 't2:accusative')).toMatchObject({ corrected: true })
    // The data change (the school's short name) leaves the edit in place, flagged.
    const changed = order({ ...noEdits, texts: { basis: { text: 'На основании решения педсовета.', base: generated } } }, { requisites: { ...requisites, shortName: 'Школа № 7' } })
    expect(changed.blocks.find(b => b.kind === 'paragraph' && b.edit?.key === 'basis')).toMatchObject({ text: 'На основании решения педсовета.', edit: { stale: true } })
  })
})

describe('a roadmap as a sentence names it', () => {
  it('says «дорожная карта» once, and puts any other title in quotes with its own inside as „…“', () => {
    expect(roadmapNamed('Дорожная карта реализации Целевой модели наставничества в КОГПОБУ «Омутнинский колледж»')).toBe('реализации Целевой модели наставничества в КОГПОБУ «Омутнинский колледж»')
    expect(roadmapNamed('ДОРОЖНАЯ КАРТА внедрения целевой модели')).toBe('внедрения целевой модели')
    expect(roadmapNamed('План мероприятий в МБОУ «СОШ № 47»')).toBe('«План мероприятий в МБОУ „СОШ № 47“»')
    expect(roadmapNamed('Дорожная карта')).toBe('«Дорожная карта»')
  })
})
