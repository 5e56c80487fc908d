import { describe, expect, it } from 'vitest'
import type { Consent } from '#shared/model/consent'
import type { Cell } from '../../../src/app/data/spreadsheet.ts'
import { describeProblem } from '../../../src/app/features/import/describe.ts'
import { CONSENT_COLUMNS } from '../../../src/app/features/import/consents/fields.ts'
import { peopleByName } from '../../../src/app/features/import/consents/match.ts'
import { checkConsents } from '../../../src/app/features/import/consents/validate.ts'
import { guessMapping } from '../../../src/app/features/import/mapping.ts'
import type { Sheet } from '../../../src/app/features/import/parse.ts'

const TODAY = '2026-11-20'
const id = (n: number) => `01900000-0000-7000-8000-00000000000${n}`
const PEOPLE = [
  { id: id(1), category: 'student' as const, name: 'Петров Николай', birthDate: '2015-03-01' },
  { id: id(2), category: 'student' as const, name: 'Сёмина Алёна Игоревна', birthDate: '2011-10-10' },
  { id: id(3), category: 'student' as const, name: 'Иванов Иван', birthDate: '2012-01-15' },
  { id: id(4), category: 'student' as const, name: 'Иванов  Иван', birthDate: '2013-06-30' },
  { id: id(5), category: 'teacher' as const, name: 'Геометрова Анна Ильинична', birthDate: '1985-04-04' },
  { id: id(6), category: 'student' as const, name: 'Безродный Глеб', birthDate: '' },
]
const HEADER = ['ФИО', 'Дата рождения', 'Вид согласия', 'Кто подписал', 'ФИО представителя', 'Дата', 'Номер документа']

function check(rows: Cell[][], existing: Consent[] = [], header = HEADER) {
  const sheet: Sheet = { header, rows: rows.map((cells, i) => ({ row: i + 2, cells })) }
  return checkConsents(sheet, { mapping: guessMapping(header, CONSENT_COLUMNS), today: TODAY, people: peopleByName(PEOPLE) }, existing)
}
const said = (result: ReturnType<typeof check>) => result.problems.map(describeProblem)

describe('importing consents', () => {
  it('guesses a school register\'s columns', () => {
    expect(guessMapping([...HEADER, 'Срок действия с', 'Срок действия по', '№ соглашения', 'Дата соглашения', 'Оплата'], CONSENT_COLUMNS)).toEqual({
      name: 0, birthDate: 1, kind: 2, signedBy: 3, guardianName: 4, date: 5, documentRef: 6,
      validFrom: 7, validUntil: 8, agreementNumber: 9, agreementDate: 10, payBasis: 11,
    })
  })

  it('matches each row to one person by name (case, ё and spaces aside) and reads kind and signer', () => {
    const result = check([
      ['петров  николай', '', 'ПДн', 'законный представитель', 'Петрова Анна Сергеевна', '01.09.2026', '№ 15'],
      ['Семина Алена Игоревна', '', 'на обработку персональных данных', 'мать', 'Сёмина Ольга', new Date(Date.UTC(2026, 8, 2)), ''],
      ['Геометрова Анна Ильинична', '', 'на наставничество', 'сама', '', '29.08.2025', 'ДС-12'],
    ])
    expect(result.rows.map(r => r.record && [r.record.person.id, r.record.consent.kind, r.record.consent.signedBy, r.record.consent.date])).toEqual([
      [id(1), 'pdn', 'guardian', '2026-09-01'],
      [id(2), 'pdn', 'guardian', '2026-09-02'],
      null,
    ])
    expect(result.rows[0]!.record!.consent).toMatchObject({ guardianName: 'Петрова Анна Сергеевна', documentRef: '№ 15', withdrawnDate: '' })
    // A duties consent without its agreement is no consent (ТК РФ ст. 351.8): each missing part is named.
    const missing = 'не заполнено: согласие на наставничество указывает номер и дату соглашения, срок и оплату (ТК РФ ст. 351.8)'
    expect(said(result)).toEqual(['Номер соглашения', 'Дата соглашения', 'Срок действия с', 'Срок действия по', 'Оплата'].map(field => `Строка 4, «${field}»: ${missing}`))
  })

  it('names the row and column of a person not found, of namesakes without a birth date, and of a bad date or kind', () => {
    const result = check([
      ['Никтоев Никто', '', 'ПДн', 'сам', '', '01.09.2026', '1'],
      ['Иванов Иван', '', 'ПДн', 'законный представитель', 'Иванова М. П.', '01.09.2026', '2'],
      ['Иванов Иван', '30.06.2013', 'ПДн', 'законный представитель', 'Иванова М. П.', '01.09.2026', '3'],
      ['Иванов Иван', '01.01.2014', 'ПДн', 'законный представитель', 'Иванова М. П.', '01.09.2026', '4'],
      ['Петров Николай', '', 'согласие на фото', 'родитель', 'Петрова А. С.', '31.02.2026', '5'],
      ['Петров Николай', '', 'ПДн', 'бабушка', '', '01.12.2026', '6'],
    ])
    expect(said(result)).toEqual([
      'Строка 2, «ФИО»: «Никтоев Никто»: такого участника нет в базе — добавьте его или исправьте ФИО',
      'Строка 3, «ФИО»: «Иванов Иван»: в базе 2 участника с таким ФИО — укажите дату рождения',
      'Строка 5, «Дата рождения»: «01.01.2014»: участника с таким ФИО и этой датой рождения нет в базе',
      'Строка 6, «Вид согласия»: неизвестный вид согласия «согласие на фото»: нужно «на обработку ПДн» или «на наставничество»',
      'Строка 6, «Дата»: «31.02.2026» — такого дня нет в календаре',
      'Строка 7, «Кто подписал»: «бабушка»: нужно «сам участник» или «законный представитель»',
      'Строка 7, «Дата»: «01.12.2026»: дата подписания в будущем — согласие ещё не подписано',
    ])
    expect(result.rows.map(r => r.record?.person.id ?? null)).toEqual([null, null, id(4), null, null, null])
    expect(result).toMatchObject({ importable: 1, errorRows: 5, duplicates: 0 })
  })

  it('refuses an 11-year-old\'s own signature, takes a 15-year-old\'s with a warning, and asks a guardian\'s name', () => {
    const result = check([
      ['Петров Николай', '', 'ПДн', 'сам участник', '', '01.09.2026', '1'],
      ['Петров Николай', '', 'ПДн', '', '', '01.09.2026', '2'],
      ['Сёмина Алёна Игоревна', '', 'ПДн', 'сама', '', '01.09.2026', '3'],
      ['Иванов Иван', '15.01.2012', 'ПДн', 'законный представитель', '', '01.09.2026', '4'],
    ])
    expect(said(result)).toEqual([
      'Строка 2, «Кто подписал»: участнику на дату подписания 11 лет: согласие на обработку ПДн за него подписывает только законный представитель',
      'Строка 3, «Кто подписал»: участнику на дату подписания 11 лет: согласие на обработку ПДн за него подписывает только законный представитель',
      'Строка 5, «ФИО представителя»: подписал законный представитель — укажите его ФИО',
    ])
    expect(result.warnings.map(describeProblem)).toEqual([
      'Строка 4, «Кто подписал»: Сёмина Алёна Игоревна: 14 лет, согласие подписал сам — оно принимается, но попросите и согласие родителя',
    ])
    expect(result.importable).toBe(1)
  })

  it('refuses the own signature of a pupil whose card has no birth date, and takes a parent\'s', () => {
    const result = check([
      ['Безродный Глеб', '', 'ПДн', 'сам участник', '', '01.09.2026', '1'],
      ['Безродный Глеб', '', 'ПДн', 'законный представитель', 'Безродная Ольга', '01.09.2026', '2'],
    ])
    expect(said(result)).toEqual(['Строка 2, «Кто подписал»: в карточке обучающегося нет даты рождения: согласие на обработку ПДн подписывает законный представитель (или укажите дату рождения в карточке)'])
    expect(result.rows.map(r => r.record?.person.id ?? null)).toEqual([null, id(6)])
  })

  it('matches a row\'s birth date to the one namesake whose card has none, with a remark, and not to one born another day', () => {
    const result = check([
      ['Безродный Глеб', '05.05.2013', 'ПДн', 'законный представитель', 'Безродная Ольга', '01.09.2026', '1'],
      ['Петров Николай', '05.05.2013', 'ПДн', 'законный представитель', 'Петрова А. С.', '01.09.2026', '2'],
    ])
    expect(result.rows.map(r => r.record?.person.id ?? null)).toEqual([id(6), null])
    expect(result.warnings.map(describeProblem)).toEqual(['Строка 2, «Дата рождения»: Безродный Глеб: в карточке нет даты рождения — согласие найдено по ФИО; внесите дату рождения в карточку'])
    expect(said(result)).toEqual(['Строка 3, «Дата рождения»: «05.05.2013»: участника с таким ФИО и этой датой рождения нет в базе'])
  })

  it('takes a mentor\'s duties consent with its agreement read from split name columns, and refuses a period ending before it starts', () => {
    const header = ['Фамилия', 'Имя', 'Отчество', 'Вид', 'Дата подписания', '№ соглашения', 'Дата соглашения', 'Срок с', 'Срок по', 'Оплата']
    const result = check([
      ['Геометрова', 'Анна', 'Ильинична', '', '29.08.2025', '№ ДС-12', '29.08.2025', '01.09.2025', '31.05.2026', 'доплата 10 %'],
      ['Геометрова', 'Анна', 'Ильинична', 'наставничество', '29.08.2025', 'ДС-13', '29.08.2025', '01.09.2026', '31.05.2026', 'доплата'],
    ], [], header)
    expect(result.rows[0]!.record!.consent).toMatchObject({ kind: 'mentor_duties', signedBy: 'self', agreementNumber: 'ДС-12', validFrom: '2025-09-01', validUntil: '2026-05-31', payBasis: 'доплата 10 %' })
    expect(said(result)).toEqual(['Строка 3, «Срок по»: «31.05.2026»: конец срока раньше начала'])
  })

  it('skips and counts a consent already on the card or repeated in the file', () => {
    const existing = { id: id(9), updatedAt: '', deleted: 0, personId: id(1), kind: 'pdn', signedBy: 'guardian', guardianName: 'Петрова А. С.', date: '2026-09-01', documentRef: '15', withdrawnDate: '', validFrom: '', validUntil: '', agreementNumber: '', agreementDate: '', payBasis: '' } satisfies Consent
    const row: Cell[] = ['Петров Николай', '', 'ПДн', 'законный представитель', 'Петрова А. С.', '01.09.2026', '№ 15']
    const other: Cell[] = ['Петров Николай', '', 'ПДн', 'законный представитель', 'Петрова А. С.', '02.09.2026', '16']
    const result = check([row, other, other], [existing])
    expect(said(result)).toEqual([
      'Строка 2, «ФИО»: Петров Николай: это согласие уже записано в карточке',
      'Строка 4, «ФИО»: Петров Николай: то же согласие, что в строке 3',
    ])
    expect(result).toMatchObject({ importable: 1, duplicates: 2, errorRows: 0 })
  })
})
