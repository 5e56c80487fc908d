import { describe, expect, it } from 'vitest'
import { renewedApproval } from '#shared/roadmap/renewedApproval'

describe('renewedApproval', () => {
  it('blanks the dates of the seeds\' headings into the next year, and the numbers of protocols and orders', () => {
    expect(renewedApproval('РАССМОТРЕНО:\nна педагогическом совете\n30.08.2024 г. Протокол № 1', 1)).toBe('РАССМОТРЕНО:\nна педагогическом совете\n__.__.2025 г. Протокол № __')
    expect(renewedApproval('УТВЕРЖДАЮ\nДиректор МОБУ «СОШ №17 «Родник»\nО.В. Владимирова\n02.09.2024 г.', 1)).toBe('УТВЕРЖДАЮ\nДиректор МОБУ «СОШ №17 «Родник»\nО.В. Владимирова\n__.__.2025 г.')
    expect(renewedApproval('(протокол от 31.08.2023 № 1)', 1)).toBe('(протокол от __.__.2024 № __)')
  })

  it('reads a date in words, a short year, and a number before its date or after it with other words between', () => {
    expect(renewedApproval('приказ от «31» августа 2023 г. № 112/1', 2)).toBe('приказ от «__» ________ 2025 г. № __')
    expect(renewedApproval('Протокол №3 от 29.08.23', 1)).toBe('Протокол №__ от __.__.24')
    expect(renewedApproval('приказ от 31 августа 2023 года № 112', 1)).toBe('приказ от «__» ________ 2024 года № __')
    expect(renewedApproval('приказом директора № 45 от 31.08.2023', 1)).toBe('приказом директора № __ от __.__.2024')
    expect(renewedApproval('Протокол педагогического совета № 1 от 30.08.2023', 1)).toBe('Протокол педагогического совета № __ от __.__.2024')
    expect(renewedApproval('на заседании педсовета от 31.08.2023 г. № 1', 1)).toBe('на заседании педсовета от __.__.2024 г. № __')
  })

  it('moves on the year of a blank the school typed, its day of any length', () => {
    expect(renewedApproval('Приказ № ____ от «___» ____________ 2023 г.', 1)).toBe('Приказ № ____ от «__» ________ 2024 г.')
    expect(renewedApproval('от «____» __________ 2023 г.', 1)).toBe('от «__» ________ 2024 г.')
    expect(renewedApproval('протокол от ___.___.2023', 1)).toBe('протокол от __.__.2024')
  })

  it('leaves a school\'s number and a heading with no dates as they are', () => {
    expect(renewedApproval('СОГЛАСОВАНО\nМБОУ «СОШ № 47» г. Калуги', 1)).toBe('СОГЛАСОВАНО\nМБОУ «СОШ № 47» г. Калуги')
    expect(renewedApproval('протокол от 31.08.2023, СОШ № 47', 1)).toBe('протокол от __.__.2024, СОШ № 47')
  })
})
