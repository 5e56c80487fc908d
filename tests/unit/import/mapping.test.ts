import { describe, expect, it } from 'vitest'
import { assign, guessMapping as guess, hasName, normalizeHeader } from '../../../src/app/features/import/mapping.ts'
import { PERSON_COLUMNS, type PersonField } from '../../../src/app/features/import/peopleFields.ts'

const guessMapping = (header: string[]) => guess(header, PERSON_COLUMNS)

describe('guessing columns from Russian headers', () => {
  it('maps the usual titles of a school export', () => {
    const header = ['№', 'ФИО', 'Класс', 'Дата рождения', 'ОВЗ', 'Одарённый', 'Категория', 'Роль', 'Компетенции', 'Запросы', 'Примечание']
    expect(guessMapping(header)).toEqual({
      name: 1, classGroup: 2, birthDate: 3, ovz: 4, gifted: 5, category: 6, role: 7, competencies: 8, requests: 9, notes: 10,
    })
  })

  it('reads «Фамилия Имя Отчество», «Д.р.» and «Класс/группа» whatever the case and punctuation', () => {
    expect(guessMapping(['Фамилия, Имя, Отчество', 'Д.р.', 'Класс/группа'])).toEqual({ name: 0, birthDate: 1, classGroup: 2 })
    expect(guessMapping(['ФАМИЛИЯ ИМЯ ОТЧЕСТВО', 'д. р.', 'группа'])).toEqual({ name: 0, birthDate: 1, classGroup: 2 })
    expect(normalizeHeader('Одарённый ребёнок')).toBe('одаренный ребенок')
  })

  it('prefers an exact title over one that merely contains it', () => {
    expect(guessMapping(['ФИО наставника', 'ФИО'])).toEqual({ name: 1 })
    expect(guessMapping(['ФИО обучающегося', 'Дата рождения обучающегося'])).toEqual({ name: 0, birthDate: 1 })
  })

  it('maps a name split into surname, first name and patronymic', () => {
    const mapping = guessMapping(['Фамилия', 'Имя', 'Отчество', 'Дата рожд.'])
    expect(mapping).toEqual({ lastName: 0, firstName: 1, middleName: 2, birthDate: 3 })
    expect(hasName(mapping)).toBe(true)
    expect(hasName({ lastName: 0 })).toBe(false)
  })

  it('matches whole words only and leaves unknown columns alone', () => {
    expect(guessMapping(['Наименование', 'СНИЛС', 'Телефон'])).toEqual({})
  })

  it('moves a field to the column the curator picks, freeing the old one', () => {
    expect(assign<PersonField>({ name: 0, classGroup: 1 }, 2, 'classGroup')).toEqual({ name: 0, classGroup: 2 })
    expect(assign<PersonField>({ name: 0, classGroup: 1 }, 0, 'notes')).toEqual({ classGroup: 1, notes: 0 })
    expect(assign<PersonField>({ name: 0, classGroup: 1 }, 1, undefined)).toEqual({ name: 0 })
  })
})
