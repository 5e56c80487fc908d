import readXlsxFile from 'read-excel-file/universal'
import { describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/universal'
import type { Award } from '#shared/model/award'
import type { Meeting } from '#shared/model/meeting'
import type { Pair } from '#shared/model/pair'
import { NO_WORK, type Person } from '#shared/model/person'
import type { PlanItem } from '#shared/model/planItem'
import type { Practice } from '#shared/model/practice'
import type { Program } from '#shared/model/program'
import type { SurveyCampaign } from '#shared/model/surveyCampaign'
import { type ProgramRecords, programWorkbook } from '../../../src/app/features/exports/programWorkbook.ts'
import { locale } from '../../../src/app/i18n/index.ts'

const base = { updatedAt: '2025-01-01T00:00:00Z', deleted: 0 as const }
const person = (id: string, name: string, roles: Pick<Person, 'isMentor' | 'isMentee'>, category: Person['category'] = 'teacher'): Person =>
  ({ ...base, id, name, category, classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], notes: '', partnerId: '', ...NO_WORK, erased: 0, ...roles })
const program: Program = { ...base, id: 'pr', name: 'Педагог – молодой специалист', form: 'учитель – учитель', startDate: '2024-09-01', endDate: '2025-05-31', goals: 'Адаптация молодых педагогов', status: 'active', roleVariation: 'опытный педагог – молодой специалист', curators: 'Смирнова А. П.', meetingKinds: [] }
const other: Program = { ...program, id: 'other', name: 'Ученик – ученик' }
const people = [
  person('m1', 'Яковлева Ольга Петровна', { isMentor: 1, isMentee: 0 }),
  person('s1', 'Кузнецов Иван Андреевич', { isMentor: 0, isMentee: 1 }, 'young_specialist'),
  person('x1', 'Посторонний Пётр', { isMentor: 1, isMentee: 0 }),
]
const pair: Pair = { ...base, id: 'pa', programId: 'pr', mentorId: 'm1', menteeIds: ['s1'], startDate: '2024-09-02', plannedEndDate: '2025-05-30', status: 'active', endReason: '' }
const otherPair: Pair = { ...pair, id: 'pb', programId: 'other', mentorId: 'x1' }
const plan: PlanItem = { ...base, id: 'pi', pairId: 'pa', title: 'Посещение уроков наставника', dueDate: '2024-10-15', status: 'done', result: 'Посетил 4 урока', position: 0 }
const meeting: Meeting = { ...base, id: 'me', pairId: 'pa', date: '2024-09-10', kind: 'intro', durationMin: 45, format: 'in_person', attendeeIds: ['s1'], topic: 'Знакомство и ожидания', notes: 'Договорились о графике', planItemIds: [], nextDate: '2024-09-17', mentorId: '', enteredBy: '' }
const campaign: SurveyCampaign = { ...base, id: 'ca', templateId: 'te', templateVersion: 1, programId: 'pr', audience: 'mentee', phase: 'exit', mode: 'anonymous', opensOn: '2025-05-01', closesOn: '2025-05-20' }
const award: Award = { ...base, id: 'aw', personId: 'm1', programId: 'pr', kind: 'certificate', date: '2025-05-20', basis: 'Приказ № 45 от 20.05.2025', notes: '' }
const practice: Practice = { ...base, id: 'pc', title: 'Взаимопосещение уроков', description: 'Как мы это делали', programId: 'pr', pairId: 'pa', date: '2025-03-01', files: ['https://school.example/a.pdf', 'D:\\Методкопилка\\уроки.docx'] }

function records(summary: ProgramRecords['summary']): ProgramRecords {
  return {
    program,
    programs: [program, other],
    people,
    partners: [],
    pairs: [pair, otherPair, { ...pair, id: 'gone', deleted: 1 }],
    planItems: [plan],
    meetings: [meeting, { ...meeting, id: 'm-other', pairId: 'pb', topic: 'Чужая встреча' }],
    templates: [{ ...base, id: 'te', name: 'Итоговая анкета наставляемого', audience: 'mentee', phase: 'exit', version: 1, items: [], basedOn: '' }],
    campaigns: [campaign],
    indicatorYears: [],
    indicatorDefinitions: [],
    awards: [award, { ...award, id: 'aw2', programId: 'other', basis: 'Чужой приказ' }],
    practices: [practice],
    summary,
    today: '2025-06-15',
  }
}

/** Writes the sheets as the download does and reads every sheet back, as Excel would show them. */
async function roundTrip(input: ProgramRecords) {
  const blob = await writeXlsxFile(programWorkbook(input)).toBlob()
  const sheets = await readXlsxFile(new Uint8Array(await blob.arrayBuffer()).buffer)
  return new Map(sheets.map(s => [s.sheet, s.data]))
}

describe('the whole-programme workbook', () => {
  it('has a sheet per part of the programme, with its own records only', async () => {
    locale.value = 'ru'
    const book = await roundTrip(records([{ campaignId: 'ca', answers: 12, satisfaction: { hidden: false, count: 12, satisfied: 9, level: 7.8 } }]))
    expect([...book.keys()]).toEqual(['Программа', 'Наставники', 'Наставляемые', 'Пары', 'Планы пар', 'Журнал встреч', 'Анкетирование', 'Показатели школы', 'Поощрения', 'Лучшие практики'])

    expect(book.get('Программа')).toContainEqual(['Ролевая модель', 'опытный педагог – молодой специалист'])
    // Stored as «по датам», a programme whose end date has passed is finished.
    expect(book.get('Программа')).toContainEqual(['Состояние', 'Завершена'])
    expect(book.get('Наставники')!.slice(1).map(row => row[0])).toEqual(['Яковлева Ольга Петровна'])
    expect(book.get('Наставляемые')!.slice(1).map(row => row[0])).toEqual(['Кузнецов Иван Андреевич'])

    const pairs = book.get('Пары')!
    expect(pairs).toHaveLength(2)
    expect(pairs[1]!.slice(0, 3)).toEqual(['Педагог – молодой специалист', 'Яковлева Ольга Петровна', 'Кузнецов Иван Андреевич'])

    expect(book.get('Планы пар')![1]).toEqual(['Яковлева Ольга Петровна — Кузнецов Иван Андреевич', 'Посещение уроков наставника', new Date(Date.UTC(2024, 9, 15)), 'выполнено', 'Посетил 4 урока'])

    const meetings = book.get('Журнал встреч')!
    expect(meetings).toHaveLength(2)
    expect(meetings[1]).toEqual([
      new Date(Date.UTC(2024, 8, 10)), 'Яковлева Ольга Петровна — Кузнецов Иван Андреевич', 'встреча-знакомство', 'очно', 45,
      'Знакомство и ожидания', 'Кузнецов Иван Андреевич', new Date(Date.UTC(2024, 8, 17)), 'Договорились о графике',
    ])

    expect(book.get('Анкетирование')![1]).toEqual(['Итоговая анкета наставляемого', 'наставляемые', 'итоговое', new Date(Date.UTC(2025, 4, 1)), new Date(Date.UTC(2025, 4, 20)), 12, 9, 7.8])

    const indicators = book.get('Показатели школы')!
    expect(String(indicators[0]![0])).toContain('Показатели школы в целом')
    // The programme runs through 2024 and 2025: six indicators for each year.
    expect(indicators.slice(2).map(row => row[0])).toEqual([2024, 2024, 2024, 2024, 2024, 2024, 2025, 2025, 2025, 2025, 2025, 2025])
    // The exit survey's satisfaction reached the indicator: 9 of 12 mentees satisfied in 2025.
    expect(indicators.find(row => row[0] === 2025 && row[1] === 'Уровень удовлетворённости наставляемых участием в программах наставничества (опросный)')!.slice(2, 5)).toEqual([75, 9, 12])

    expect(book.get('Поощрения')!.slice(1)).toEqual([['Яковлева Ольга Петровна', 'грамота', new Date(Date.UTC(2025, 4, 20)), 'Приказ № 45 от 20.05.2025', null]])
    expect(book.get('Лучшие практики')![1]![4]).toBe('https://school.example/a.pdf\nD:\\Методкопилка\\уроки.docx')
  })

  it('names each meeting with the mentor who held it after the pair changed hands, who stays among the programme\'s mentors', async () => {
    locale.value = 'ru'
    const input = records(undefined)
    const handedOver = { ...input, pairs: [{ ...pair, mentorId: 'x1' }], meetings: [{ ...meeting, mentorId: 'm1' }, { ...meeting, id: 'm2', date: '2024-10-01', mentorId: 'x1', enteredBy: 'Смирнова А. П.' }] }
    const book = await roundTrip(handedOver)
    expect(book.get('Журнал встреч')!.slice(1).map(row => row[1])).toEqual(['Яковлева Ольга Петровна — Кузнецов Иван Андреевич', 'Посторонний Пётр — Кузнецов Иван Андреевич'])
    expect(book.get('Наставники')!.slice(1).map(row => row[0])).toEqual(['Посторонний Пётр', 'Яковлева Ольга Петровна'])
  })

  it('says the survey results need the server when it could not be asked', async () => {
    locale.value = 'ru'
    const book = await roundTrip(records(undefined))
    const surveys = book.get('Анкетирование')!
    expect(surveys[1]![0]).toBe('Итоги анкетирования считает сервер: выгрузите файл ещё раз, когда будет связь.')
    expect(surveys[2]!.slice(0, 1)).toEqual(['Итоговая анкета наставляемого'])
    expect(surveys[2]!.slice(5)).toEqual([null, null, null])
  })
})
