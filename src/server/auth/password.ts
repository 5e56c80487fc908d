import type { ScryptOptions } from 'node:crypto'
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/*
 * scrypt at OWASP's parameters (N = 2^17, r = 8, p = 1): memory-hard, 128·N·r bytes = 128 MiB per hash, which is
 * what makes a stolen hash expensive to guess. It costs about 0.3 s of one core; libuv runs at most four at once,
 * so sign-ins hold at most 512 MiB for it.
 */
const N = 2 ** 17
const R = 8
const P = 1
const KEY_LENGTH = 32
// Node refuses a derivation that needs more than maxmem; twice the need leaves room for its own bookkeeping.
const MAXMEM = 2 * 128 * N * R

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) => error ? reject(error) : resolve(key))
  })
}

const encode = (salt: Buffer, key: Buffer) => ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$')

/** `scrypt$N$r$p$salt$hash` (base64): the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  return encode(salt, await derive(password, salt, { N, r: R, p: P, maxmem: MAXMEM }, KEY_LENGTH))
}

/** Checks with the parameters the hash was made with, old ones included. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = encoded.split('$')
  if (scheme !== 'scrypt' || !salt || !hash)
    return false
  const expected = Buffer.from(hash, 'base64')
  const options = { N: Number(n), r: Number(r), p: Number(p), maxmem: MAXMEM }
  const actual = await derive(password, Buffer.from(salt, 'base64'), options, expected.length)
  return timingSafeEqual(actual, expected)
}

/** A hash made with other parameters than today's: rehashed at the next sign-in, when the password is at hand. */
export const isOutdated = (encoded: string): boolean => !encoded.startsWith(`scrypt$${N}$${R}$${P}$`)

/**
 * What an unknown login is checked against: today's parameters, so it costs what a real check costs and timing
 * tells nothing, with a random key no password derives to. Made without hashing anything.
 */
export const unusableHash = (): string => encode(randomBytes(16), randomBytes(KEY_LENGTH))
