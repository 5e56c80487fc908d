import { describe, expect, it } from 'vitest'
import { issuedText } from '../../../src/app/data/issuedDocument.ts'

describe('the document an event was carried out by', () => {
  it('reads as the roadmap\'s row and the справка both write it, a typed «№» not doubled (seed 002\'s «Приказ №32 от 04.09.2024 г.»)', () => {
    expect(issuedText({ kind: 'Приказ', number: '№32', date: '2024-09-04', link: '' })).toBe('Приказ № 32 от 4 сентября 2024 г.')
    expect(issuedText({ kind: 'Протокол педагогического совета', number: '1', date: '2024-08-30', link: '' })).toBe('Протокол педагогического совета № 1 от 30 августа 2024 г.')
    expect(issuedText({ kind: 'Положение', number: '', date: '', link: '' })).toBe('Положение')
    expect(issuedText(null)).toBe('')
  })
})
