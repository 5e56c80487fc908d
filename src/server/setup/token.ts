import { createHash, randomInt, timingSafeEqual } from 'node:crypto'

// No 0/O or 1/I/L: the token is read off a console and typed by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789'

/** A one-time setup token like `ABCD-EFGH-JKLM` (about 59 bits), printed to the console at start. */
export function newSetupToken(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)])
  return [0, 4, 8].map(i => chars.slice(i, i + 4).join('')).join('-')
}

/** What a person may type differently from the printout: case, dashes, spaces. */
export function normaliseSetupToken(input: string): string {
  return input.toUpperCase().replace(/[\s\-–—]/g, '')
}

// Hashing first gives equal-length buffers, which timingSafeEqual requires, without revealing the length.
const digest = (value: string) => createHash('sha256').update(normaliseSetupToken(value)).digest()

export function setupTokenMatches(expected: string | null, input: string): boolean {
  if (expected === null)
    return false
  return timingSafeEqual(digest(expected), digest(input))
}
