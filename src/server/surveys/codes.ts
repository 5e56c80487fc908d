import { createHash, createHmac } from 'node:crypto'
import { newHandCode, normaliseHandCode } from '../setup/token.ts'

/** 12 characters from a 30-letter alphabet, about 59 bits: not guessable, and typeable from a card. */
export const newCardCode = () => newHandCode(12)

const digest = (purpose: string, code: string) => createHash('sha256').update(`${purpose}:${normaliseHandCode(code)}`).digest('hex')

/** What `ballots` keeps of a card. */
export const codeHash = (code: string) => digest('ballot', code)

/** HMAC-SHA256 with the school's survey secret: what only the server can compute. */
export const keyed = (secret: string, value: string) => createHmac('sha256', secret).update(value).digest('hex')

/**
 * What `survey_answers` keeps of a card: the same for every campaign the card answers (entry, exit), and
 * keyed, so the curator, who printed every code, cannot compute it. Its input is the unkeyed hash answers were
 * stored under before the secret, so those rows are keyed in place without their codes (`secret.ts`).
 */
export const pseudonymOf = (secret: string, code: string) => keyed(secret, digest('respondent', code))
