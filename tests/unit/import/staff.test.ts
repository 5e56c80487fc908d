import { describe, expect, it } from 'vitest'
import { guessMapping } from '../../../src/app/features/import/mapping.ts'
import { PERSON_COLUMNS } from '../../../src/app/features/import/peopleFields.ts'
import type { Cell } from '../../../src/app/data/spreadsheet.ts'
import { checkSheet } from '../../../src/app/features/import/validate.ts'
import { peopleImport } from '../../../src/app/features/import/people.ts'

const HEADER = ['ФИО', 'Категория', 'Должность', 'Предмет', 'Педагогический стаж', 'Общий стаж', 'Квалификационная категория', 'Методическое объединение']

function check(rows: Cell[][], header = HEADER) {
  const sheet = { header, rows: rows.map((cells, i) => ({ row: i + 2, cells })) }
  return checkSheet(sheet, { mapping: guessMapping(header, PERSON_COLUMNS), defaultCategory: 'teacher', defaultRole: 'mentor', today: '2026-12-01' }, [])
}

describe('the staff columns of a people file', () => {
  it('maps the Russian titles, «Категория» and «Квалификационная категория» to different fields', () => {
    expect(guessMapping(HEADER, PERSON_COLUMNS)).toEqual({ name: 0, category: 1, position: 2, subject: 3, teachingYears: 4, totalYears: 5, qualification: 6, methodUnion: 7 })
    expect(guessMapping(['ФИО', 'Стаж', 'Пед. стаж', 'Направление', 'ШМО'], PERSON_COLUMNS)).toEqual({ name: 0, totalYears: 1, teachingYears: 2, subject: 3, methodUnion: 4 })
  })

  it('takes a «Категория» of высшая, первая, без категории for the qualification, as a list of teachers means it (seed 004)', () => {
    const header = ['ФИО', 'Должность', 'Категория']
    const sheet = (values: Cell[]) => ({ header, rows: values.map((value, i) => ({ row: i + 2, cells: ['Яковлева Ольга Петровна', 'учитель', value] })) })
    const guessed = guessMapping(header, PERSON_COLUMNS)
    expect(guessed).toEqual({ name: 0, position: 1, category: 2 })
    expect(peopleImport.byCells!(sheet(['высшая', 'первая', '', 'без категории']), guessed)).toEqual({ name: 0, position: 1, qualification: 2 })
    // A column of participants' categories, or of both, stays as the header says.
    expect(peopleImport.byCells!(sheet(['педагог', 'молодой специалист']), guessed)).toEqual(guessed)
    expect(peopleImport.byCells!(sheet(['высшая', 'педагог']), guessed)).toEqual(guessed)
    expect(peopleImport.byCells!(sheet(['высшая']), guessMapping([...header, 'Квалификационная категория'], PERSON_COLUMNS))).toEqual({ name: 0, position: 1, category: 2, qualification: 3 })
  })

  it('reads position, subject, стаж in the ways a school writes it, and the qualification category', () => {
    const result = check([
      ['Яковлева Ольга Петровна', 'педагог', 'учитель математики', 'математика', 12, '20 лет', 'высшая', 'МО естественно-научного цикла'],
      ['Орлов Илья Сергеевич', 'молодой специалист', 'учитель истории', 'история', '1 год', '3', 'без категории', ''],
      ['Ким Анна Викторовна', 'педагог', 'учитель-логопед', '', '', '', 'Педагог-наставник', ''],
      ['Лебедев Олег Ильич', 'педагог', '', '', '', '', '1 кв. категория', ''],
      ['Соколова Вера Ивановна', 'педагог', '', '', '', '', 'СЗД', ''],
    ])
    expect(result.problems).toEqual([])
    expect(result.rows.map(r => r.record && [r.record.position, r.record.subject, r.record.teachingYears, r.record.totalYears, r.record.qualification, r.record.methodUnion])).toEqual([
      ['учитель математики', 'математика', 12, 20, 'highest', 'МО естественно-научного цикла'],
      ['учитель истории', 'история', 1, 3, 'none', ''],
      ['учитель-логопед', '', null, null, 'mentor', ''],
      ['', '', null, null, 'first', ''],
      ['', '', null, null, 'compliance', ''],
    ])
  })

  it('names the row and the column of a malformed стаж or category, and imports nothing of that row', () => {
    const result = check([
      ['Верный Педагог', 'педагог', 'учитель', 'физика', 5, 10, 'первая', ''],
      ['Путаный Педагог', 'педагог', 'учитель', 'физика', 'много', 10.5, 'главная', ''],
      ['Старый Педагог', 'педагог', 'учитель', 'физика', 90, 95, '', ''],
      ['Торопливый Педагог', 'педагог', 'учитель', 'физика', 15, 10, '', ''],
    ])
    expect(result.problems.map(p => [p.row, p.column, p.code, p.value])).toEqual([
      [3, 'Педагогический стаж', 'invalid_years', 'много'],
      [3, 'Общий стаж', 'invalid_years', '10.5'],
      [3, 'Квалификационная категория', 'unknown_qualification', 'главная'],
      [4, 'Педагогический стаж', 'experience_range', '90'],
      [4, 'Общий стаж', 'experience_range', '95'],
      [5, 'Педагогический стаж', 'teaching_over_total', '15'],
    ])
    expect(result.rows.map(r => r.record !== null)).toEqual([true, false, false, false])
    expect(result.importable).toBe(1)
  })
})

describe('roles of a file without a «Роль» column', () => {
  it('follow the category as a new card does: a teacher mentors, a young specialist is not ticked, a pupil is mentored', () => {
    const header = ['ФИО', 'Категория']
    const sheet = { header, rows: [['Яковлева Ольга', 'педагог'], ['Орлов Илья', 'молодой специалист'], ['Петров Петя', 'ученик']].map((cells, i) => ({ row: i + 2, cells })) }
    const result = checkSheet(sheet, { mapping: guessMapping(header, PERSON_COLUMNS), ...peopleImport.options(), today: '2026-12-01' }, [])
    expect(result.rows.map(r => r.record && [r.record.isMentor, r.record.isMentee])).toEqual([[1, 0], [0, 0], [0, 1]])
  })
})
