import type { Messages } from '../../../src/app/i18n/messages.ts'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountAt, settle } from '../mountPage.ts'

/**
 * English arrives as a chunk of its own: offline, on a computer that never saved the app, its import fails. The
 * failure is in reading the module's words, so that a later choice, once «online», reads them again.
 */
let englishArrives = false
vi.mock('../../../src/app/i18n/en.ts', async (importOriginal) => {
  const { en } = await importOriginal<{ en: Messages }>()
  return {
    get en() {
      if (!englishArrives)
        throw new TypeError('Failed to fetch dynamically imported module')
      return en
    },
  }
})

afterEach(() => {
  vi.resetModules()
  localStorage.clear()
  document.body.innerHTML = ''
})

describe('the language choice', () => {
  it('goes back and says why when English cannot arrive, and switches once it can', async () => {
    const { wrapper } = await mountAt('/settings')
    await settle()
    const choice = (label: string) => wrapper.findAll('fieldset').find(f => f.text().startsWith('Язык'))!.findAll('label').find(l => l.text() === label)!.find('input')

    await choice('English').setValue(true)
    // The first import of the chunk is a transform away: wait for its outcome, not a fixed number of ticks.
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true))
    expect((choice('Русский').element as HTMLInputElement).checked).toBe(true)
    expect((choice('English').element as HTMLInputElement).checked).toBe(false)
    const alert = wrapper.find('[role="alert"]')
    expect(alert.text()).toContain('Этот язык ещё не загружен на устройство, а сети нет')
    expect(choice('English').attributes('aria-describedby')).toBe(alert.attributes('id'))
    expect(localStorage.getItem('nastavnik.locale')).toBeNull()

    englishArrives = true
    await choice('English').setValue(true)
    await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Settings'))
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(localStorage.getItem('nastavnik.locale')).toBe('en')
  })

  it('shows the language chosen last time checked, when it arrives after the page has opened', async () => {
    englishArrives = true
    const { locale, setLocale } = await import('../../../src/app/i18n/index.ts')
    const { wrapper } = await mountAt('/settings')
    await settle()
    expect(locale.value).toBe('ru')
    await setLocale('en')
    await settle()
    const english = wrapper.findAll('input[name="locale"]').find(input => (input.element as HTMLInputElement).value === 'en')!
    expect((english.element as HTMLInputElement).checked).toBe(true)
    await setLocale('ru')
  })
})
