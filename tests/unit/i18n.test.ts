import { describe, expect, it } from 'vitest'
import { en } from '../../src/app/i18n/en.ts'
// A namespace's words, for the plural checks below.
import '../../src/app/features/programs/messages.ts'
import { addMessages, formatAgo, setLocale, t } from '../../src/app/i18n/index.ts'
import { ru } from '../../src/app/i18n/ru.ts'

function keysOf(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`])
}

describe('i18n', () => {
  it('uses Russian plural forms for counts', async () => {
    await setLocale('ru')
    expect(t('programs.count', { n: 1 })).toBe('1 программа')
    expect(t('programs.count', { n: 3 })).toBe('3 программы')
    expect(t('programs.count', { n: 5 })).toBe('5 программ')
    expect(t('programs.count', { n: 21 })).toBe('21 программа')
    expect(t('programs.count', { n: 112 })).toBe('112 программ')
    expect(t('status.pending', { n: 2 })).toBe('2 изменения ждут отправки')
  })

  it('switches to English with the same keys', async () => {
    await setLocale('en')
    expect(t('programs.count', { n: 1 })).toBe('1 programme')
    expect(t('programs.count', { n: 2 })).toBe('2 programmes')
    await setLocale('ru')
    expect(keysOf(en).sort()).toEqual(keysOf(ru).sort())
  })

  it('says how long ago in the largest whole unit, and «сейчас» under a minute', async () => {
    await setLocale('ru')
    const now = Date.parse('2026-12-07T12:00:00Z')
    const at = (ms: number) => new Date(now - ms).toISOString()
    expect([at(0), at(59_000), at(60_000), at(5 * 60_000), at(3 * 3_600_000), at(86_400_000)].map(iso => formatAgo(iso, now)))
      .toEqual(['сейчас', 'сейчас', '1 минуту назад', '5 минут назад', '3 часа назад', 'вчера'])
    expect(formatAgo(at(5 * 60_000), now, 'short')).toBe('5 мин. назад')
    await setLocale('en')
    expect(formatAgo(at(30_000), now)).toBe('now')
    await setLocale('ru')
  })

  it('finds a namespace added later, by its words in either language', async () => {
    expect(t('audit.title')).toBe('audit.title')
    await import('../../src/app/features/audit/messages.ts')
    expect(t('audit.title')).toBe('Журнал изменений')
    await setLocale('en')
    expect(t('audit.title')).toBe('Change log')
    await setLocale('ru')
  })

  it('falls back to Russian for words English does not have yet', async () => {
    const words = { title: 'Заголовок', items: { one: '{n} пункт', few: '{n} пункта', many: '{n} пунктов', other: '{n} пункта' } }
    // A namespace no feature declares, with its English not written: the casts stand in for both.
    addMessages('sample' as never, { ru: words, en: {} } as never)
    await setLocale('en')
    expect(t('sample.title' as never)).toBe('Заголовок')
    expect(t('sample.items' as never, { n: 1 })).toBe('1 пункт')
    await setLocale('ru')
  })
})

describe('countRu', () => {
  it('puts the noun in the right form for the consoles', async () => {
    const { countRu } = await import('#shared/plural')
    const forms = { one: 'встреча', few: 'встречи', many: 'встреч' }
    expect([1, 2, 5, 11, 21, 274, 10_000].map(n => countRu(n, forms))).toEqual(['1 встреча', '2 встречи', '5 встреч', '11 встреч', '21 встреча', '274 встречи', '10000 встреч'])
  })
})
