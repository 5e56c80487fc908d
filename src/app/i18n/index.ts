import { ref, shallowReactive } from 'vue'
import type { MessageKey, Messages, NamespaceName, Namespaces, PluralMessage } from './messages.ts'
import { ru } from './ru.ts'

/**
 * A few lines instead of vue-i18n: two languages with typed keys, and plurals from `Intl.PluralRules`,
 * keep the mentor's first screen inside its 100 KB budget. Russian ships with the app; English is
 * fetched (precached, so offline too) only by those who choose it. A curator-only feature adds its own
 * namespace of both languages from its lazy chunk (`addMessages`), so its words stay off that screen.
 */
export const LANGUAGES = ['ru', 'en'] as const
export type Locale = typeof LANGUAGES[number]
const STORAGE_KEY = 'nastavnik.locale'
const loaders: Record<Locale, () => Promise<Messages>> = {
  ru: async () => ru,
  en: async () => (await import('./en.ts')).en,
}
const loaded = shallowReactive<Partial<Record<Locale, Messages>>>({ ru })

export const locale = ref<Locale>('ru')

export async function setLocale(next: Locale): Promise<void> {
  loaded[next] ??= await loaders[next]()
  locale.value = next
  globalThis.localStorage?.setItem(STORAGE_KEY, next)
  if (globalThis.document)
    document.documentElement.lang = next
}

/** Puts back the language chosen on this device last time. */
export function restoreLocale(): Promise<void> {
  return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? setLocale('en') : Promise.resolve()
}

export type Params = Record<string, string | number>

const namespaces: Record<Locale, Record<string, object>> = { ru: {}, en: {} }

/** Makes `t('<namespace>.…')` find a feature's words; its `messages.ts` calls this when its chunk loads. */
export function addMessages<N extends NamespaceName>(namespace: N, bundles: Record<Locale, Namespaces[N]>): void {
  for (const language of LANGUAGES)
    namespaces[language][namespace] = bundles[language]
}

/** A key in the current language, else in Russian, with its plural picked and its `{params}` filled in. */
export function t(key: MessageKey, params: Params = {}): string {
  const found = find(locale.value, key) ?? find('ru', key)
  const text = typeof found === 'object' && found ? pick(found as PluralMessage, params.n) : found
  return format(typeof text === 'string' ? text : key, params)
}

function find(language: Locale, key: string): unknown {
  return lookup(namespaces[language], key) ?? lookup(loaded[language] ?? {}, key)
}

function lookup(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
}

/**
 * An Intl formatter for the current language, built once per language: building one costs far more than using
 * it (a list of 100 dates spent ~20 ms building formatters, 0.3 ms formatting).
 */
export function perLocale<T>(build: (locale: Locale) => T): () => T {
  const built = new Map<Locale, T>()
  return () => {
    const current = locale.value
    if (!built.has(current))
      built.set(current, build(current))
    return built.get(current)!
  }
}

const pluralRules = perLocale(l => new Intl.PluralRules(l))
const dayFormat = perLocale(l => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric' }))
const instantFormat = perLocale(l => new Intl.DateTimeFormat(l, { dateStyle: 'short', timeStyle: 'short' }))

function pick(message: PluralMessage, n: string | number | undefined): string {
  const category = pluralRules().select(Number(n ?? 0)) as keyof PluralMessage
  return message[category] ?? message.other
}

function format(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
}

export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  if (!y || !m || !d)
    return date
  return dayFormat().format(new Date(y, m - 1, d))
}

const numericDayFormat = perLocale(l => new Intl.DateTimeFormat(l, { day: '2-digit', month: '2-digit', year: 'numeric' }))

/** «01.09.2025»: a calendar date as a table's column of dates shows it, short and aligned; '' for none. */
export function formatShortDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return y && m && d ? numericDayFormat().format(new Date(y, m - 1, d)) : ''
}

export function formatInstant(iso: string): string {
  return instantFormat().format(new Date(iso))
}

const clockFormat = perLocale(l => new Intl.DateTimeFormat(l, { hour: '2-digit', minute: '2-digit' }))
const dayClockFormat = perLocale(l => new Intl.DateTimeFormat(l, { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' }))

/** «14:05»: the time of a moment, in a list already grouped by day. */
export function formatTime(iso: string): string {
  return clockFormat().format(new Date(iso))
}

/** A moment as short as a phone's status line has room for: the time today, the day and time before today. */
export function formatClock(iso: string, now = new Date()): string {
  const at = new Date(iso)
  return (at.toDateString() === now.toDateString() ? clockFormat() : dayClockFormat()).format(at)
}

const relativeFormat = perLocale(l => ({
  long: new Intl.RelativeTimeFormat(l, { numeric: 'auto' }),
  short: new Intl.RelativeTimeFormat(l, { numeric: 'auto', style: 'short' }),
}))
const AGO_UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000]]

/**
 * How long ago, in the largest whole unit up to days: «5 минут назад», «вчера», «сейчас» (short: «5 мин. назад»).
 * Under a minute is «сейчас»: zero minutes read «в эту минуту» («this minute»), which no one says of a sync.
 */
export function formatAgo(iso: string, now: number, style: 'long' | 'short' = 'long'): string {
  const elapsed = Math.max(0, now - Date.parse(iso))
  const found = AGO_UNITS.find(([, ms]) => elapsed >= ms)
  if (!found)
    return relativeFormat()[style].format(0, 'second')
  const [unit, size] = found
  return relativeFormat()[style].format(-Math.floor(elapsed / size), unit)
}
