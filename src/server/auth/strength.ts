import type { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { HttpError } from '../http/errors.ts'
import { hashPassword } from './password.ts'

/*
 * zxcvbn's score 2 and up means about a million guesses or more by its estimate: below that are the common
 * passwords of its dictionary (password1, qwerty123), keyboard walks, repeats, dates, and the account's own login
 * and name. Length alone (PASSWORD_MIN) lets all of those through.
 */
const MIN_SCORE = 2

let checker: Promise<ZxcvbnFactory> | undefined

// Loaded on the first password set, not at start: the dictionaries are large and a server rarely sets a password.
function loadChecker(): Promise<ZxcvbnFactory> {
  checker ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')])
    .then(([{ ZxcvbnFactory }, common]) => new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs }))
  return checker
}

/**
 * The hash of a password being set (setup, a new account, a reset), refused with `password_common` when it is
 * one a guesser tries early. `personal` is what a guesser knows of the account: its login, its holder's name.
 */
export async function hashNewPassword(password: string, personal: string[]): Promise<string> {
  const words = personal.flatMap(text => text.toLowerCase().split(/\s+/)).filter(Boolean)
  if ((await loadChecker()).check(password, words).score < MIN_SCORE)
    throw new HttpError(400, 'bad_request', { problem: 'password_common', field: 'password' })
  return hashPassword(password)
}
