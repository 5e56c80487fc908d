import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountAt, settle } from '../mountPage.ts'

/** A system set to dark, whose setting can change while the app is open. */
function darkSystem() {
  const listeners: Array<() => void> = []
  const query = { matches: true, addEventListener: (_: string, listener: () => void) => listeners.push(listener) }
  vi.stubGlobal('matchMedia', () => query)
  return (matches: boolean) => {
    query.matches = matches
    listeners.forEach(listener => listener())
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
  localStorage.clear()
  document.body.innerHTML = ''
})

describe('the theme', () => {
  it('follows the system until the person picks one in the settings, and keeps that choice on the device', async () => {
    const systemChanges = darkSystem()
    const { startTheme } = await import('../../../src/app/composables/theme.ts')
    startTheme()
    expect(document.documentElement.dataset.theme).toBe('dark')
    systemChanges(false)
    expect(document.documentElement.dataset.theme).toBe('light')

    const { wrapper } = await mountAt('/settings')
    await settle()
    const choice = (label: string) => wrapper.findAll('fieldset').find(f => f.text().startsWith('Оформление'))!.findAll('label').find(l => l.text() === label)!.find('input')
    expect((choice('Системная').element as HTMLInputElement).checked).toBe(true)
    await choice('Тёмная').setValue(true)
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(localStorage.getItem('nastavnik.theme')).toBe('dark')
    // A chosen theme holds whatever the system does next.
    systemChanges(false)
    expect(document.documentElement.dataset.theme).toBe('dark')
    await choice('Светлая').setValue(true)
    expect(document.documentElement.dataset.theme).toBe('light')
  })

  it('starts with the theme chosen last time', async () => {
    darkSystem()
    localStorage.setItem('nastavnik.theme', 'light')
    const { startTheme, theme } = await import('../../../src/app/composables/theme.ts')
    startTheme()
    expect(theme.value).toBe('light')
    expect(document.documentElement.dataset.theme).toBe('light')
  })
})
