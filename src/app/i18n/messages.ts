import type { ru } from './ru.ts'

/** The global dictionary: the shell's, the mentor's and the shared components' words. */
export type Messages = typeof ru

/**
 * The namespaces a feature adds with `addMessages` from its own (lazy) chunk. Each feature's `messages.ts`
 * augments this interface (`declare module`), so `t('monitoring.title')` is checked by the compiler too.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Namespaces {}

/** A message that changes with a number: the CLDR categories that Russian and English use. */
export interface PluralMessage { one: string, few: string, many: string, other: string }

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : T[K] extends PluralMessage ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every dotted key `t()` accepts, checked by the compiler. */
export type MessageKey = Leaves<Messages> | Leaves<Namespaces>

/** A namespace may not take a global top-level key's name: the lookup would not know which one is meant. */
export type NamespaceName = Exclude<keyof Namespaces, keyof Messages>
