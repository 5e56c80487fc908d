import { describe, expect, it } from 'vitest'
import { readRoadmapTable } from '#shared/roadmap/importTable'
import { tablesOfDocumentXml } from '../../../src/app/data/docxTables.ts'
import { cellText, readCells } from '../../../src/app/data/spreadsheet.ts'
import { wordTable } from '../../support/wordTable.ts'

/** A roadmap as the schools keep it: a Word table, a stage row merged across it, a cell of several paragraphs. */
const roadmapDocx = () => wordTable([
  ['№ п/п', 'Наименование мероприятия', 'Срок реализации', 'Ответственный исполнитель', 'Результат, вид документа'],
  [{ lines: ['I. Подготовка условий для реализации программы наставничества'], span: 5 }],
  ['1.1.', { lines: ['Информирование педагогов', 'о подготовке программы'] }, 'Август 2024', 'Директор, администрация', 'Протокол педсовета №1 от 30.08.2024 г'],
  ['1.2.', 'Определение целей «Р&Д» <задач>', 'Сентябрь 2024', { lines: ['Куратор'], merge: 'restart' }, ''],
  ['1.3.', 'Формирование пар', 'Сентябрь 2024', { lines: [''], merge: 'continue' }, 'Приказ'],
])

describe('a roadmap kept in Word', () => {
  it('reads the tables of a .docx as rows: a merged row as its text and empty cells, a cell\'s paragraphs as its lines', async () => {
    const cells = await readCells(await roadmapDocx())
    if (!Array.isArray(cells))
      throw new Error(`not read: ${JSON.stringify(cells)}`)
    const rows = cells.map(r => r.map(cellText))
    expect(rows).toEqual([
      ['№ п/п', 'Наименование мероприятия', 'Срок реализации', 'Ответственный исполнитель', 'Результат, вид документа'],
      ['I. Подготовка условий для реализации программы наставничества', '', '', '', ''],
      ['1.1.', 'Информирование педагогов\nо подготовке программы', 'Август 2024', 'Директор, администрация', 'Протокол педсовета №1 от 30.08.2024 г'],
      ['1.2.', 'Определение целей «Р&Д» <задач>', 'Сентябрь 2024', 'Куратор', ''],
      ['1.3.', 'Формирование пар', 'Сентябрь 2024', '', 'Приказ'],
    ])
  })

  it('gives the roadmap import its stage and events', async () => {
    const cells = await readCells(await roadmapDocx())
    if (!Array.isArray(cells))
      throw new Error('not read')
    const table = readRoadmapTable(cells.map(r => r.map(cellText)), { periodStart: '2024-09-01', periodEnd: '2025-06-30' })
    expect(table.stages.map(stage => stage.title)).toEqual(['Подготовка условий для реализации программы наставничества'])
    expect(table.events.map(({ stageIndex, number, title, responsible }) => ({ stageIndex, number, title, responsible }))).toEqual([
      // The cell's second paragraph goes on in lower case: the title's own wrap, joined (`tidyCell`).
      { stageIndex: 0, number: '1.1.', title: 'Информирование педагогов о подготовке программы', responsible: 'Директор, администрация' },
      { stageIndex: 0, number: '1.2.', title: 'Определение целей «Р&Д» <задач>', responsible: 'Куратор' },
      { stageIndex: 0, number: '1.3.', title: 'Формирование пар', responsible: '' },
    ])
  })

  it('keeps a table inside a cell as that cell\'s text, and reads tabs and line breaks', () => {
    const xml = '<w:document><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>до</w:t><w:tab/><w:t xml:space="preserve">1 октября</w:t><w:br/><w:t>далее постоянно</w:t></w:r></w:p></w:tc>'
      + '<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>внутри</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl></w:body></w:document>'
    expect(tablesOfDocumentXml(xml)).toEqual([{ caption: '', rows: [['до 1 октября\nдалее постоянно', 'внутри']] }])
  })

  it('reads each table apart: the longest by default, or the one the caller picks', async () => {
    const xml = (rows: string[][]) => `<w:tbl>${rows.map(row => `<w:tr>${row.map(cell => `<w:tc><w:p><w:r><w:t>${cell}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`
    const goals = [['Цель'], ['Задачи'], ['Индикаторы']]
    const roadmap = [['№'], ['1.']]
    expect(tablesOfDocumentXml(`<w:body>${xml(goals)}<w:p/>${xml(roadmap)}</w:body>`)).toEqual([{ caption: '', rows: goals }, { caption: '', rows: roadmap }])
    const bytes = await roadmapDocx()
    expect(await readCells(bytes, tables => tables[0]!.rows.slice(0, 1))).toEqual([['№ п/п', 'Наименование мероприятия', 'Срок реализации', 'Ответственный исполнитель', 'Результат, вид документа']])
  })

  it('names each table by the last paragraph with words above it, since the table before', () => {
    const xml = (rows: string[][]) => `<w:tbl>${rows.map(row => `<w:tr>${row.map(cell => `<w:tc><w:p><w:r><w:t>${cell}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`
    const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
    const body = `<w:body>${paragraph('Дорожная карта')}${xml([['№']])}${paragraph('Паспорт  программы')}<w:p/>${xml([['Цель']])}${xml([['Итоги']])}</w:body>`
    expect(tablesOfDocumentXml(body).map(table => table.caption)).toEqual(['Дорожная карта', 'Паспорт программы', ''])
  })

  it('says a cut-off .docx is no spreadsheet (a workbook, also a zip, reads as before: import/parse.test.ts)', async () => {
    expect(await readCells((await roadmapDocx()).slice(0, 200))).toBe('not_spreadsheet')
  })
})
