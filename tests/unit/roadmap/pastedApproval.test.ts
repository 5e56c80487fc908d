import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { approvalParts, pastedApproval, pastedIntro, pastedTitle } from '#shared/roadmap/pastedApproval'

const seedText = (seed: string) => readFileSync(`tests/unit/roadmap/fixtures/seedText/${seed}.txt`, 'utf8')

describe('the approval heading above a pasted roadmap', () => {
  it('is each seed\'s own, line by line as it wrote it, and none where the seed has none', () => {
    expect(pastedApproval(seedText('000'))).toBe('УТВЕРЖДАЮ\nДиректор МОБУ «СОШ №17 «Родник»\nО.В. Владимирова\n02.09.2024 г.')
    expect(pastedApproval(seedText('002'))).toBe([
      'РАССМОТРЕНО:', 'на педагогическом совете', '30.08.2024 г. Протокол № 1', '', 'УТВЕРЖДАЮ:',
      'Директор КОГПОБУ «Омутнинский колледж педагогики, экономики и права»', 'Т.В. Бальбердина', 'Приказ № 21 от 30.08.2024 г.',
    ].join('\n'))
    expect(pastedApproval(seedText('004'))).toBe('СОГЛАСОВАНО\nпедагогическим\nсоветом\nМБОУ «СОШ № 47» г. Калуги\n(протокол от 31.08.2023 № 1)\nИ.М.Бугаева')
    expect(pastedApproval(seedText('001'))).toBe('')
    expect(pastedApproval(seedText('003'))).toBe('')
  })

  it('reads nothing from the table itself, nor from a title that comes first', () => {
    expect(pastedApproval('Дорожная карта\n№\tМероприятие\n1.\tУтверждаю положение')).toBe('')
  })

  it('parts where a blank line comes before an approval word, as the sheet sets them side by side; one part else', () => {
    const parts = (seed: string) => approvalParts(pastedApproval(seedText(seed)).split('\n')).map(part => part[0])
    expect(parts('002')).toEqual(['РАССМОТРЕНО:', 'УТВЕРЖДАЮ:'])
    expect(parts('000')).toEqual(['УТВЕРЖДАЮ'])
    expect(parts('004')).toEqual(['СОГЛАСОВАНО'])
    // A curator's blank line inside one heading does not part it.
    expect(approvalParts(['УТВЕРЖДАЮ', 'Директор', '', 'О.В. Владимирова', '', 'СОГЛАСОВАНО', 'Управляющий совет'])).toEqual([['УТВЕРЖДАЮ', 'Директор', '', 'О.В. Владимирова'], ['СОГЛАСОВАНО', 'Управляющий совет']])
  })
})

describe('the title above a pasted roadmap', () => {
  it('joins its lines as a sentence: a preposition Word started a line with runs on in lower case (seed 000)', () => {
    expect(pastedTitle(seedText('000'))).toBe('Дорожная карта внедрения целевой модели наставничества в МОБУ «СОШ № 17 «Родник» г. Дальнегорска')
    expect(pastedTitle('ДОРОЖНАЯ КАРТА\nНа 2024 год\n\n№\tМероприятие')).toBe('ДОРОЖНАЯ КАРТА на 2024 год')
    // A line after a full stop starts a sentence of its own.
    expect(pastedTitle('План мероприятий.\nВ рамках программы\n\n№\tМероприятие')).toBe('План мероприятий. В рамках программы')
  })
})

describe('the text between a pasted roadmap\'s title and its table', () => {
  it('is seed 003\'s goal, its tasks\' heading and each task, a paragraph a line, the lines broken inside a sentence joined', () => {
    const paragraphs = pastedIntro(seedText('003')).split('\n')
    expect(paragraphs).toHaveLength(8)
    expect(paragraphs[0]).toMatch(/^Целью внедрения целевой модели наставничества является .+ самоопределения и профессиональной ориентации всех обучающихся .+ Кировской области\.$/)
    expect(paragraphs[1]).toBe('Задачи внедрения целевой модели наставничества:')
    expect(paragraphs.at(-1)).toMatch(/^формирование открытого и эффективного сообщества .+ способного на комплексную поддержку ее деятельности, .+ отношения\.$/)
  })

  it('is nothing in the seeds that go from their title straight to the table, nor in a text with no title', () => {
    for (const seed of ['000', '001', '002', '004'])
      expect(pastedIntro(seedText(seed))).toBe('')
    expect(pastedIntro('Цель: наставничество\n\n№\tМероприятие')).toBe('')
  })
})
