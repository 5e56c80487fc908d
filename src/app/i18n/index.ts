import { ref } from 'vue'
import { en } from './en.ts'
import type { MessageKey, Messages, PluralMessage } from './messages.ts'
import { ru } from './ru.ts'

/**
 * A few lines instead of vue-i18n: two languages with typed keys, and plurals from `Intl.PluralRules`,
 * keep the mentor's first screen inside its 100 KB budget.
 */
export const LOCALES = { ru, en } satisfies Record<string, Messages>
export type Locale = keyof typeof LOCALES
const STORAGE_KEY = 'nastavnik.locale'

export const locale = ref<Locale>(readSavedLocale())

function readSavedLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY)
  return saved === 'en' ? 'en' : 'ru'
}

export function setLocale(next: Locale): void {
  locale.value = next
  globalThis.localStorage?.setItem(STORAGE_KEY, next)
  document.documentElement.lang = next
}

type Params = Record<string, string | number>

export function t(key: MessageKey, params: Params = {}): string {
  const found = lookup(LOCALES[locale.value], key) ?? lookup(ru, key)
  const text = typeof found === 'object' && found ? pick(found as PluralMessage, params.n) : found
  return format(typeof text === 'string' ? text : key, params)
}

function lookup(messages: Messages, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
}

function pick(message: PluralMessage, n: string | number | undefined): string {
  const category = new Intl.PluralRules(locale.value).select(Number(n ?? 0)) as keyof PluralMessage
  return message[category] ?? message.other
}

function format(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
}

export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  if (!y || !m || !d)
    return date
  return new Intl.DateTimeFormat(locale.value, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y, m - 1, d))
}

export function formatInstant(iso: string): string {
  return new Intl.DateTimeFormat(locale.value, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso))
}
