import { ref } from 'vue'

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = typeof THEMES[number]

const STORAGE_KEY = 'nastavnik.theme'
const systemDark = globalThis.matchMedia?.('(prefers-color-scheme: dark)')

/** The theme chosen on this device (kept in localStorage, like the language): the system's unless changed. */
export const theme = ref<Theme>(THEMES.find(name => name === globalThis.localStorage?.getItem(STORAGE_KEY)) ?? 'system')

/** Whether the dark colours are in force, for what the stylesheet cannot paint (a chart's canvas). */
export const isDark = ref(false)

/** `data-theme` on the root names the colours in force; the stylesheet has one dark palette, keyed on it. */
function paint(): void {
  const dark = theme.value === 'dark' || (theme.value === 'system' && !!systemDark?.matches)
  document.documentElement.dataset.theme = dark ? 'dark' : 'light'
  isDark.value = dark
}

/** Paints the chosen theme before the app mounts, and follows the system's while «Системная» is chosen. */
export function startTheme(): void {
  systemDark?.addEventListener('change', paint)
  paint()
}

export function setTheme(next: Theme): void {
  theme.value = next
  globalThis.localStorage?.setItem(STORAGE_KEY, next)
  paint()
}
