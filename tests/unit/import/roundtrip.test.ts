import { describe, expect, it } from 'vitest'
import type { Pair } from '#shared/model/pair'
import { NO_WORK, type Person } from '#shared/model/person'
import type { Program } from '#shared/model/program'
import { pairsSheet, peopleSheet } from '../../../src/app/data/sheets/sheets.ts'
import { nameKey } from '../../../src/app/features/import/columns.ts'
import { guessMapping } from '../../../src/app/features/import/mapping.ts'
import { PERSON_COLUMNS } from '../../../src/app/features/import/peopleFields.ts'
import { readSpreadsheet } from '../../../src/app/features/import/parse.ts'
import { checkSheet } from '../../../src/app/features/import/validate.ts'
import { locale } from '../../../src/app/i18n/index.ts'
import { xlsxBytes } from './support.ts'

/** A partner's id, as the registry keeps it. */
const PARTNER = '0190a4c2-0000-7000-8000-0000000000aa'
const base = { updatedAt: '2025-01-01T00:00:00Z', deleted: 0 as const, partnerId: '', ...NO_WORK, erased: 0 as const }
const people: Person[] = [
  { ...base, id: 'p1', name: 'Яковлева Ольга Петровна', category: 'teacher', classGroup: '', birthDate: '1980-05-17', ovz: 0, gifted: 0, competencies: ['проектная деятельность', 'ИКТ'], requests: [], isMentor: 1, isMentee: 0, notes: 'руководитель МО', position: 'учитель математики', subject: 'математика', teachingYears: 18, totalYears: 22, qualification: 'highest', methodUnion: 'МО учителей математики' },
  { ...base, id: 'p2', name: 'Антонов Максим Игоревич', category: 'student', classGroup: '6А', birthDate: '2013-11-02', ovz: 1, gifted: 0, competencies: [], requests: ['математика'], isMentor: 0, isMentee: 1, notes: '' },
  { ...base, id: 'p4', name: 'Грачёв Олег Ильич', category: 'partner_employee', classGroup: '', birthDate: '1985-02-03', ovz: 0, gifted: 0, competencies: ['робототехника'], requests: [], isMentor: 1, isMentee: 0, notes: '', partnerId: PARTNER, position: 'инженер' },
  { ...base, id: 'p3', name: 'Борисова Дарья Алексеевна', category: 'student', classGroup: '10Б', birthDate: '2009-01-30', ovz: 0, gifted: 1, competencies: ['олимпиады'], requests: [], isMentor: 1, isMentee: 1, notes: '' },
]

describe('exports', () => {
  it('writes a base that the import reads back unchanged', async () => {
    locale.value = 'ru'
    for (const kind of ['mentors', 'mentees'] as const) {
      const data = peopleSheet(people, kind, new Map([[PARTNER, 'ООО «Технопарк»']]))
      const read = await readSpreadsheet(await xlsxBytes(data))
      if (!read.ok)
        throw new Error(JSON.stringify(read.reason))
      expect(read.sheet.header.slice(0, 4)).toEqual(['ФИО', 'Категория', 'Класс/группа', 'Дата рождения'])
      const partners = new Map([[nameKey('ООО «Технопарк»'), PARTNER]])
      const check = checkSheet(read.sheet, { mapping: guessMapping(read.sheet.header, PERSON_COLUMNS), defaultCategory: 'student', defaultRole: 'none', today: '2025-01-01', partners }, [])
      expect(check.problems).toEqual([])
      const expected = people.filter(p => (kind === 'mentors' ? p.isMentor : p.isMentee)).sort((a, b) => a.name.localeCompare(b.name, 'ru'))
      expect(check.rows.map(r => r.record)).toEqual(expected.map(({ id: _i, updatedAt: _u, deleted: _d, ...fields }) => fields))
    }
  })

  it('names the row and column of a partner the school does not have, and imports nothing of that row', async () => {
    const data = peopleSheet(people.filter(p => p.id === 'p4'), 'mentors', new Map([[PARTNER, 'ООО «Технопарк»']]))
    const read = await readSpreadsheet(await xlsxBytes(data))
    if (!read.ok)
      throw new Error(JSON.stringify(read.reason))
    const check = checkSheet(read.sheet, { mapping: guessMapping(read.sheet.header, PERSON_COLUMNS), defaultCategory: 'student', defaultRole: 'none', today: '2025-01-01', partners: new Map() }, [])
    expect(check.problems).toEqual([{ row: 2, column: 'Организация-партнёр', code: 'unknown_partner', value: 'ООО «Технопарк»' }])
    expect(check.rows[0]!.record).toBeNull()
  })

  it('lists pairs with program, names, dates and status in Russian', async () => {
    const program = { id: 'pr', name: 'Ученик – ученик 2024/25' } as Program
    const pair: Pair = { id: 'x', updatedAt: '', deleted: 0, programId: 'pr', mentorId: 'p3', menteeIds: ['p2', 'p1'], startDate: '2024-09-02', plannedEndDate: '2025-05-30', status: 'active', endReason: '' }
    const data = pairsSheet([pair, { ...pair, id: 'y', deleted: 1 }], new Map([['pr', program]]), new Map(people.map(p => [p.id, p.name])))
    const read = await readSpreadsheet(await xlsxBytes(data))
    if (!read.ok)
      throw new Error(JSON.stringify(read.reason))
    expect(read.sheet.header).toEqual(['Программа', 'Наставник', 'Наставляемые', 'Начало', 'Окончание', 'Состояние', 'Причина завершения'])
    expect(read.sheet.rows).toHaveLength(1)
    expect(read.sheet.rows[0]!.cells.slice(0, 6)).toEqual([
      'Ученик – ученик 2024/25', 'Борисова Дарья Алексеевна', 'Антонов Максим Игоревич, Яковлева Ольга Петровна',
      new Date(Date.UTC(2024, 8, 2)), new Date(Date.UTC(2025, 4, 30)), 'работает',
    ])
  })
})
