import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountAt, settle } from '../mountPage.ts'

/** English arrives as a chunk of its own: offline, on a computer that never saved the app, its import fails. */
let englishArrives = false
vi.mock('../../../src/app/i18n/en.ts', async (importOriginal) => {
  if (!englishArrives)
    throw new TypeError('Failed to fetch dynamically imported module')
  return importOriginal()
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
    await settle()
    expect((choice('Русский').element as HTMLInputElement).checked).toBe(true)
    expect((choice('English').element as HTMLInputElement).checked).toBe(false)
    const alert = wrapper.find('[role="alert"]')
    expect(alert.text()).toContain('Этот язык ещё не загружен на устройство, а сети нет')
    expect(choice('English').attributes('aria-describedby')).toBe(alert.attributes('id'))
    expect(localStorage.getItem('nastavnik.locale')).toBeNull()

    englishArrives = true
    await choice('English').setValue(true)
    await settle()
    expect(wrapper.find('h1').text()).toBe('Settings')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(localStorage.getItem('nastavnik.locale')).toBe('en')
  })
})
