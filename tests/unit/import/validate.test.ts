import { describe, expect, it } from 'vitest'
import { NO_WORK, type Person } from '#shared/model/person'
import { recordsToImport } from '../../../src/app/features/import/check.ts'
import { guessMapping } from '../../../src/app/features/import/mapping.ts'
import type { Cell } from '../../../src/app/data/spreadsheet.ts'
import type { Sheet } from '../../../src/app/features/import/parse.ts'
import { PERSON_COLUMNS } from '../../../src/app/features/import/peopleFields.ts'
import { checkSheet, type ImportOptions } from '../../../src/app/features/import/validate.ts'

const HEADER = ['ФИО', 'Категория', 'Класс', 'Дата рождения', 'ОВЗ', 'Одарённый', 'Роль', 'Компетенции', 'Запросы', 'Заметки']

/** Rows numbered as in a file whose header is row 1. */
function sheetOf(rows: Cell[][], header = HEADER): Sheet {
  return { header, rows: rows.map((cells, i) => ({ row: i + 2, cells })) }
}

function options(sheet: Sheet, more: Partial<ImportOptions> = {}): ImportOptions {
  return { mapping: guessMapping(sheet.header, PERSON_COLUMNS), defaultCategory: 'student', defaultRole: 'mentee', today: '2025-01-15', ...more }
}

function check(rows: Cell[][], existing: Array<Pick<Person, 'name' | 'birthDate'>> = [], more: Partial<ImportOptions> = {}) {
  const sheet = sheetOf(rows)
  return checkSheet(sheet, options(sheet, more), existing)
}

describe('checking rows', () => {
  it('turns a good row into a Person record the shared schema accepts', () => {
    const result = check([['  Иванов   Иван Иванович ', 'обучающийся', '5А', '05.03.2013', 'да', '', 'наставляемый', 'шахматы; чтение', 'математика', 'тихий']])
    expect(result.problems).toEqual([])
    expect(result.rows[0]!.record).toEqual({
      name: 'Иванов Иван Иванович', category: 'student', classGroup: '5А', birthDate: '2013-03-05', ovz: 1, gifted: 0,
      competencies: ['шахматы', 'чтение'], requests: ['математика'], isMentor: 0, isMentee: 1, notes: 'тихий', partnerId: '', erased: 0, ...NO_WORK,
    })
  })

  it('accepts ДД.ММ.ГГГГ, ГГГГ-ММ-ДД, Excel serials and real date cells', () => {
    const dates: Cell[] = ['01.09.2010', '2010-09-01', 40422, new Date(Date.UTC(2010, 8, 1)), '40422', '1.9.2010 г.']
    const result = check(dates.map((date, i) => [`Ученик ${i}`, '', '', date]))
    expect(result.problems).toEqual([])
    expect(result.rows.map(r => r.record?.birthDate)).toEqual(Array(dates.length).fill('2010-09-01'))
  })

  it('reads a date cell made at local midnight east of Greenwich as the same day', () => {
    const moscowMidnight = new Date(Date.UTC(2010, 8, 1) - 3 * 3_600_000)
    expect(check([['Ученик', '', '', moscowMidnight]]).rows[0]!.record?.birthDate).toBe('2010-09-01')
  })

  it('names every bad cell by its row in the file and its column title', () => {
    const result = check([
      ['Верный Ученик', '', '5А', '01.09.2012'],
      ['', 'обучающийся', '5А', '31.02.2012'],
      ['Петров Пётр', 'завхоз', '5А', 'вчера', 'может быть', '', 'директор'],
      ['Будущий Ученик', '', 'x'.repeat(41), '01.01.2030'],
      ['Много Запросов', '', '', '', '', '', '', '', Array.from({ length: 51 }, (_, i) => `запрос ${i}`).join(';'), 'я'.repeat(5001)],
    ])
    expect(result.problems).toEqual([
      { row: 3, column: 'ФИО', code: 'missing_name', value: '' },
      { row: 3, column: 'Дата рождения', code: 'no_such_day', value: '31.02.2012' },
      { row: 4, column: 'Категория', code: 'unknown_category', value: 'завхоз' },
      { row: 4, column: 'Дата рождения', code: 'invalid_date', value: 'вчера' },
      { row: 4, column: 'ОВЗ', code: 'unknown_flag', value: 'может быть' },
      { row: 4, column: 'Роль', code: 'unknown_role', value: 'директор' },
      { row: 5, column: 'Класс', code: 'too_long', value: 'x'.repeat(41), limit: 40 },
      { row: 5, column: 'Дата рождения', code: 'date_out_of_range', value: '01.01.2030' },
      { row: 6, column: 'Запросы', code: 'too_many', value: expect.stringContaining('запрос 50'), limit: 50 },
      { row: 6, column: 'Заметки', code: 'too_long', value: 'я'.repeat(5001), limit: 5000 },
    ])
    expect(result).toMatchObject({ errorRows: 4, importable: 1, duplicates: 0 })
    expect(result.rows.map(r => r.record === null)).toEqual([false, true, true, true, true])
  })

  it('flags a too-long name against the shared schema', () => {
    const result = check([['Ф'.repeat(201)]])
    expect(result.problems).toEqual([{ row: 2, column: 'ФИО', code: 'too_long', value: 'Ф'.repeat(201), limit: 200 }])
  })

  it('builds the name from surname, first name and patronymic columns', () => {
    const sheet: Sheet = { header: ['Фамилия', 'Имя', 'Отчество'], rows: [{ row: 2, cells: ['Сидорова', 'Мария', ''] }, { row: 3, cells: ['', '', ''] }] }
    const result = checkSheet(sheet, options(sheet), [])
    expect(result.rows[0]!.record?.name).toBe('Сидорова Мария')
    expect(result.problems).toEqual([{ row: 3, column: 'Фамилия', code: 'missing_name', value: '' }])
  })

  it('applies the chosen default category and role to empty cells', () => {
    const result = check([['Учитель Один'], ['Ученица Два', 'обучающаяся', '', '', '', '', 'наставляемая']], [], { defaultCategory: 'teacher', defaultRole: 'mentor' })
    expect(result.rows[0]!.record).toMatchObject({ category: 'teacher', isMentor: 1, isMentee: 0 })
    expect(result.rows[1]!.record).toMatchObject({ category: 'student', isMentor: 0, isMentee: 1 })
  })

  it('understands both roles and the usual yes/no spellings', () => {
    const result = check([['Оба Сразу', '', '', '', '+', 'ИСТИНА', 'наставник, наставляемый'], ['Никто', '', '', '', 'нет', 0, 'оба']])
    expect(result.rows[0]!.record).toMatchObject({ ovz: 1, gifted: 1, isMentor: 1, isMentee: 1 })
    expect(result.rows[1]!.record).toMatchObject({ ovz: 0, gifted: 0, isMentor: 1, isMentee: 1 })
  })
})

describe('duplicates', () => {
  it('flags the same name and birth date within the file, pointing at the first row', () => {
    const result = check([
      ['Иванов Иван', '', '', '01.09.2012'],
      ['Иванов Иван', '', '', '02.09.2012'],
      ['иванов  иван', '', '', '2012-09-01'],
    ])
    expect(result.problems).toEqual([{ row: 4, column: 'ФИО', code: 'duplicate_in_file', value: 'иванов иван', otherRow: 2 }])
    expect(result).toMatchObject({ importable: 2, duplicates: 1, errorRows: 0 })
  })

  it('flags people already in the registry (ё and е alike)', () => {
    const result = check([['Семёнов Пётр', '', '', '01.09.2012'], ['Новый Человек', '', '', '01.09.2012']], [{ name: 'Семенов Петр', birthDate: '2012-09-01' }])
    expect(result.problems).toEqual([{ row: 2, column: 'ФИО', code: 'duplicate_existing', value: 'Семёнов Пётр' }])
  })

  it('skips duplicates unless ticked, and never imports rows with errors', () => {
    const result = check([
      ['Иванов Иван', '', '', '01.09.2012'],
      ['Иванов Иван', '', '', '01.09.2012'],
      ['Ошибкин', '', '', 'не дата'],
    ])
    expect(recordsToImport(result, new Set()).map(p => p.name)).toEqual(['Иванов Иван'])
    expect(recordsToImport(result, new Set([3]))).toHaveLength(2)
    expect(recordsToImport(result, new Set([4]))).toHaveLength(1)
  })
})
