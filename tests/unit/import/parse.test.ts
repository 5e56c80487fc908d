import { describe, expect, it } from 'vitest'
import { decodeText, sniff } from '../../../src/app/data/decode.ts'
import type { Cell } from '../../../src/app/data/spreadsheet.ts'
import { describeFileFailure } from '../../../src/app/features/import/describe.ts'
import { MAX_ROWS, readSpreadsheet, sheetFromRows } from '../../../src/app/features/import/parse.ts'
import { cp1251, utf8, xlsxBytes } from './support.ts'

async function sheetOf(bytes: Uint8Array) {
  const result = await readSpreadsheet(bytes)
  if (!result.ok)
    throw new Error(`not read: ${JSON.stringify(result.reason)}`)
  return result.sheet
}

async function failureOf(bytes: Uint8Array) {
  const result = await readSpreadsheet(bytes)
  return result.ok ? 'read' : result.reason
}

describe('reading a spreadsheet', () => {
  it('reads a real .xlsx: typed cells, real dates, row numbers as Excel shows them', async () => {
    const bytes = await xlsxBytes([
      ['ФИО', 'Класс', 'Дата рождения', 'ОВЗ'],
      ['Иванов Иван Иванович', '5А', new Date(Date.UTC(2013, 2, 5)), true],
      [null, null, null, null],
      ['Петрова Анна Сергеевна', 7, '12.10.2011', false],
    ])
    const sheet = await sheetOf(bytes)
    expect(sheet.header).toEqual(['ФИО', 'Класс', 'Дата рождения', 'ОВЗ'])
    expect(sheet.rows.map(r => r.row)).toEqual([2, 4])
    expect(sheet.rows[0]!.cells[2]).toEqual(new Date(Date.UTC(2013, 2, 5)))
    expect(sheet.rows[1]!.cells).toEqual(['Петрова Анна Сергеевна', 7, '12.10.2011', false])
  })

  it('decodes a Windows-1251 CSV with «;» and keeps the row numbers of its empty lines', async () => {
    const text = 'ФИО;Класс;Запросы\r\nЁлкина Алёна;9Б;"математика; физика"\r\n\r\nЩукин Пётр;10А;\r\n'
    const bytes = cp1251(text)
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const sheet = await sheetOf(bytes)
    expect(sheet.header).toEqual(['ФИО', 'Класс', 'Запросы'])
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['Ёлкина Алёна', '9Б', 'математика; физика'] },
      { row: 4, cells: ['Щукин Пётр', '10А', ''] },
    ])
  })

  it('reads a UTF-8 CSV with a BOM and «,» as the delimiter', async () => {
    const sheet = await sheetOf(utf8('\uFEFFФамилия,Имя,Д.р.\nСидоров,Олег,01.02.2010\n'))
    expect(sheet.header).toEqual(['Фамилия', 'Имя', 'Д.р.'])
    expect(sheet.rows[0]!.cells).toEqual(['Сидоров', 'Олег', '01.02.2010'])
  })

  it('tells UTF-8 from Windows-1251 by validity, not by guesswork', () => {
    expect(decodeText(utf8('Привет'))).toBe('Привет')
    expect(decodeText(cp1251('Привет'))).toBe('Привет')
  })

  it('skips a title line above the table', () => {
    const result = sheetFromRows([['Список 5А класса'], [], ['ФИО', 'Класс'], ['Иванов Иван', '5А']])
    expect(result).toEqual({ ok: true, sheet: { header: ['ФИО', 'Класс'], rows: [{ row: 4, cells: ['Иванов Иван', '5А'] }] } })
  })

  it('names columns past the header as untitled', () => {
    const result = sheetFromRows([['ФИО', 'Класс'], ['Иванов Иван', '5А', 'лишнее']])
    expect(result.ok && result.sheet.header).toEqual(['ФИО', 'Класс', ''])
  })
})

describe('refusing what is not a people list', () => {
  it('refuses random bytes and a PNG as not a spreadsheet', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)
    expect(sniff(png)).toBe('binary')
    expect(await failureOf(png)).toBe('not_spreadsheet')
    expect(await failureOf(random)).toBe('not_spreadsheet')
  })

  it('refuses a zip that is not a workbook', async () => {
    expect(await failureOf(new Uint8Array([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]))).toBe('not_spreadsheet')
  })

  it('asks for .xlsx or CSV instead of the old .xls', async () => {
    expect(await failureOf(new Uint8Array([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]))).toBe('old_excel')
  })

  it('refuses an empty file, a blank CSV and an empty workbook', async () => {
    expect(await failureOf(new Uint8Array())).toBe('empty')
    expect(await failureOf(utf8('\r\n  \r\n\r\n'))).toBe('empty')
    expect(await failureOf(await xlsxBytes([[null, null]]))).toBe('empty')
  })

  it('refuses a CSV whose quote opens and never closes, naming its row, rather than merge the rows after it into a name', async () => {
    const text = 'ФИО;Класс;Дата рождения\nИванов Иван;5А;01.01.2013\n\n"Незакрытая кавычка;9А;xx\nПетров Пётр;6Б;02.02.2012\n'
    expect(await failureOf(utf8(text))).toEqual({ unclosedQuoteRow: 4 })
    expect(describeFileFailure({ unclosedQuoteRow: 4 })).toMatch(/^В строке 4 кавычка открыта и не закрыта/)
    // A quote closed on a later line is a cell with a line break: that is a file Excel writes, and it is read.
    const sheet = await sheetOf(utf8('ФИО;Класс;Запросы\nИванов Иван;5А;"математика\nфизика"\nПетров Пётр;6Б;химия\n'))
    expect(sheet.rows.map(r => r.cells)).toEqual([['Иванов Иван', '5А', 'математика\nфизика'], ['Петров Пётр', '6Б', 'химия']])
  })

  it('refuses a file with only the header', async () => {
    expect(await failureOf(utf8('ФИО;Класс\n'))).toBe('header_only')
    expect(await failureOf(await xlsxBytes([['ФИО', 'Класс'], [null, null]]))).toBe('header_only')
  })

  it(`takes ${MAX_ROWS} rows and refuses ${MAX_ROWS + 1}`, async () => {
    const rows = (n: number): Cell[][] => [['ФИО', 'Класс'], ...Array.from({ length: n }, (_, i) => [`Ученик ${i}`, '5А'])]
    const most = sheetFromRows(rows(MAX_ROWS))
    expect(most.ok && most.sheet.rows.length).toBe(MAX_ROWS)
    expect(sheetFromRows(rows(MAX_ROWS + 1))).toEqual({ ok: false, reason: 'too_many_rows' })
    const csv = ['ФИО;Класс', ...Array.from({ length: MAX_ROWS + 1 }, (_, i) => `Ученик ${i};5А`)].join('\n')
    expect(await failureOf(utf8(csv))).toBe('too_many_rows')
  })
})
