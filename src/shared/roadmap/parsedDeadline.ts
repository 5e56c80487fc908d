import type { Deadline } from './deadline.ts'

/**
 * Why a deadline needs the curator's eye. The words are never lost; the app words each code in its language.
 * `recurrence_without_month` is a warning: «ежегодно» is kept as a yearly recurrence.
 */
export type DeadlineProblem = 'empty' | 'unparsed' | 'end_before_start' | 'recurrence_without_month'

/** The roadmap's own span ('YYYY-MM-DD'): a month written with no year is placed inside it. */
export interface DeadlineContext { periodStart: string, periodEnd: string }

export interface ParsedDeadline { deadline: Deadline, problem?: DeadlineProblem }

/** One reading of the words; each answers undefined when the words are not its kind. */
export type Reader = (words: string, text: string, context: DeadlineContext) => ParsedDeadline | undefined
