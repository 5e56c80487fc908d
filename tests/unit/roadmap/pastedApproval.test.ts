import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { pastedApproval } from '#shared/roadmap/pastedApproval'

const seedText = (seed: string) => readFileSync(`tests/unit/roadmap/fixtures/seedText/${seed}.txt`, 'utf8')

describe('the approval heading above a pasted roadmap', () => {
  it('is each seed\'s own, line by line as it wrote it, and none where the seed has none', () => {
    expect(pastedApproval(seedText('000'))).toBe('УТВЕРЖДАЮ\nДиректор МОБУ «СОШ №17 «Родник»\nО.В. Владимирова\n02.09.2024 г.')
    expect(pastedApproval(seedText('002'))).toBe([
      'РАССМОТРЕНО:', 'на педагогическом совете', '30.08.2024 г. Протокол № 1', 'УТВЕРЖДАЮ:',
      'Директор КОГПОБУ «Омутнинский колледж педагогики, экономики и права»', 'Т.В. Бальбердина', 'Приказ № 21 от 30.08.2024 г.',
    ].join('\n'))
    expect(pastedApproval(seedText('004'))).toBe('СОГЛАСОВАНО\nпедагогическим\nсоветом\nМБОУ «СОШ № 47» г. Калуги\n(протокол от 31.08.2023 № 1)\nИ.М.Бугаева')
    expect(pastedApproval(seedText('001'))).toBe('')
    expect(pastedApproval(seedText('003'))).toBe('')
  })

  it('reads nothing from the table itself, nor from a title that comes first', () => {
    expect(pastedApproval('Дорожная карта\n№\tМероприятие\n1.\tУтверждаю положение')).toBe('')
  })
})
