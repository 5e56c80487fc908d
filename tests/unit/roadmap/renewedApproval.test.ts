import { describe, expect, it } from 'vitest'
import { renewedApproval } from '#shared/roadmap/renewedApproval'

/** A heading as a school writes it, the years on, and what the next roadmap's heading must read. */
const CASES: ReadonlyArray<[what: string, heading: string, years: number, renewed: string]> = [
  ['seed 002: a council\'s date and protocol', 'РАССМОТРЕНО:\nна педагогическом совете\n30.08.2024 г. Протокол № 1', 1, 'РАССМОТРЕНО:\nна педагогическом совете\n__.__.2025 г. Протокол № __'],
  ['seed 000: the director\'s date, the school\'s number kept', 'УТВЕРЖДАЮ\nДиректор МОБУ «СОШ №17 «Родник»\nО.В. Владимирова\n02.09.2024 г.', 1, 'УТВЕРЖДАЮ\nДиректор МОБУ «СОШ №17 «Родник»\nО.В. Владимирова\n__.__.2025 г.'],
  ['seed 004: a protocol\'s number after its date', '(протокол от 31.08.2023 № 1)', 1, '(протокол от __.__.2024 № __)'],
  ['a date in words, two years on', 'приказ от «31» августа 2023 г. № 112/1', 2, 'приказ от «__» ________ 2025 г. № __'],
  ['a short year', 'Протокол №3 от 29.08.23', 1, 'Протокол №__ от __.__.24'],
  ['«года»', 'приказ от 31 августа 2023 года № 112', 1, 'приказ от «__» ________ 2024 года № __'],
  ['a number before its date, words between it and «приказ»', 'приказом директора № 45 от 31.08.2023', 1, 'приказом директора № __ от __.__.2024'],
  ['a number before its date after a council\'s name', 'Протокол педагогического совета № 1 от 30.08.2023', 1, 'Протокол педагогического совета № __ от __.__.2024'],
  ['a number after a date with no «протокол»', 'на заседании педсовета от 31.08.2023 г. № 1', 1, 'на заседании педсовета от __.__.2024 г. № __'],
  ['a blank day typed three underscores long', 'Приказ № ____ от «___» ____________ 2023 г.', 1, 'Приказ № ____ от «__» ________ 2024 г.'],
  ['a blank day typed four underscores long', 'от «____» __________ 2023 г.', 1, 'от «__» ________ 2024 г.'],
  ['a numeric blank', 'протокол от ___.___.2023', 1, 'протокол от __.__.2024'],
  ['a school\'s number, no date', 'СОГЛАСОВАНО\nМБОУ «СОШ № 47» г. Калуги', 1, 'СОГЛАСОВАНО\nМБОУ «СОШ № 47» г. Калуги'],
  ['a school\'s number after another date', 'протокол от 31.08.2023, СОШ № 47', 1, 'протокол от __.__.2024, СОШ № 47'],
]

describe('renewedApproval', () => {
  it.each(CASES)('renews %s', (_, heading, years, renewed) => {
    expect(renewedApproval(heading, years)).toBe(renewed)
  })
})
