import type { ScryptOptions } from 'node:crypto'
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/*
 * scrypt at OWASP's parameters (N = 2^17, r = 8, p = 1): memory-hard, 128·N·r bytes = 128 MiB per hash, which is
 * what makes a stolen hash expensive to guess. It costs about 0.3 s of one core; libuv runs at most four at once,
 * so sign-ins hold at most 512 MiB for it. PASSWORD_COST (config.ts) sets log2 N: higher on a strong server,
 * lower only where hashing is not the point (the test suite, which signs in hundreds of times).
 */
export const DEFAULT_PASSWORD_COST = 17
let N = 2 ** DEFAULT_PASSWORD_COST
const R = 8
const P = 1
const KEY_LENGTH = 32
// Node refuses a derivation that needs more than maxmem; twice the need leaves room for its own bookkeeping.
const maxmem = (n: number) => 2 * 128 * n * R

/** Set once at start from the config; hashes made before keep their own N and are rehashed at their next sign-in. */
export function setPasswordCost(log2N: number): void {
  N = 2 ** log2N
}

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) => error ? reject(error) : resolve(key))
  })
}

const encode = (salt: Buffer, key: Buffer) => ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$')

/** `scrypt$N$r$p$salt$hash` (base64): the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  return encode(salt, await derive(password, salt, { N, r: R, p: P, maxmem: maxmem(N) }, KEY_LENGTH))
}

/** Checks with the parameters the hash was made with, old ones included. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = encoded.split('$')
  if (scheme !== 'scrypt' || !salt || !hash)
    return false
  const expected = Buffer.from(hash, 'base64')
  const options = { N: Number(n), r: Number(r), p: Number(p), maxmem: maxmem(Math.max(N, 2 ** DEFAULT_PASSWORD_COST)) }
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
