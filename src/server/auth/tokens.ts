import { createHash, randomBytes } from 'node:crypto'

/** 256 random bits: guessing one is hopeless; a session ends by revocation or by going unused (auth/guard.ts). */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Only this is stored: whoever reads the database still cannot sign in as anyone. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
