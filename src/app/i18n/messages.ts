import type { ru } from './ru.ts'

export type Messages = typeof ru

/** A message that changes with a number: the CLDR categories that Russian and English use. */
export interface PluralMessage { one: string, few: string, many: string, other: string }

export type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : T[K] extends PluralMessage ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every dotted key `t()` accepts, checked by the compiler. */
export type MessageKey = Leaves<Messages>
