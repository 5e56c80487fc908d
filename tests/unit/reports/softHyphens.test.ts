import { describe, expect, it } from 'vitest'
import { withSoftHyphens } from '../../../src/app/features/reports/softHyphens.ts'

const SOFT = '\u00AD'

describe('withSoftHyphens', () => {
  it('gives a word too long for its column the places it may break (seed 004 in a fifth of the page, seed 002\'s deadline)', () => {
    expect(withSoftHyphens('Завершение персонализированных программ', 19)).toBe(`Завершение пер${SOFT}со${SOFT}на${SOFT}ли${SOFT}зи${SOFT}ро${SOFT}ван${SOFT}ных программ`)
    expect(withSoftHyphens('устанавливаемыми Минпросвещения', 15).replaceAll(SOFT, '|')).toBe('уста|нав|ли|ва|е|мы|ми Мин|про|све|ще|ния')
  })

  it('breaks a word in quotes by its letters alone: «ных» is never carried to a line with its quote', () => {
    expect(withSoftHyphens('программы «Персонализированных»', 19).replaceAll(SOFT, '|')).toBe('программы «Пер|со|на|ли|зи|ро|ван|ных»')
  })

  it('leaves words that fit, a wide column, a table of no set widths and Latin words as they are', () => {
    expect(withSoftHyphens('Встреча-знакомство, мероприятие', 40)).toBe('Встреча-знакомство, мероприятие')
    expect(withSoftHyphens('персонализированных', undefined)).toBe('персонализированных')
    expect(withSoftHyphens('internationalization', 10)).toBe('internationalization')
  })
})
