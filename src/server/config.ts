import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { join, resolve } from 'node:path'
import { DEFAULT_PASSWORD_COST } from './auth/password.ts'

export type DatabaseConfig
  = | { kind: 'sqlite', file: string }
    | { kind: 'postgres', url: string }

export interface TlsConfig {
  cert: Buffer
  key: Buffer
}

/**
 * Fastify's `trustProxy`: whose `X-Forwarded-For` names the client the rate limits count. `true` trusts any
 * sender, a number that many proxies in front, a list those addresses and ranges; `false` ignores the header.
 */
export type TrustProxy = boolean | number | string[]

/** Days a session may go unused before it ends (`401 expired`): staff sign in again, a phone gets a new code. */
export interface SessionLimits {
  staffIdleDays: number
  deviceIdleDays: number
}

/*
 * A month for the staff, whose accounts reach the whole school; half a year for a mentor's or mentee's phone,
 * which may sit unused over a summer and has to ask the curator for a new code when it ends.
 */
export const DEFAULT_SESSION_LIMITS: SessionLimits = { staffIdleDays: 30, deviceIdleDays: 180 }

export interface Config {
  port: number
  host: string
  dataDir: string
  database: DatabaseConfig
  tls: TlsConfig | null
  staticDir: string
  logLevel: LogLevel
  /** How often the SQLite file is checked for damage (`PRAGMA quick_check`), in milliseconds. */
  dbCheckEveryMs: number
  trustProxy: TrustProxy
  sessions: SessionLimits
  /** log2 of scrypt's N for new password hashes (auth/password.ts). */
  passwordCost: number
  /** Where the school's devices open the app (PUBLIC_URL), as an origin: the links on printed cards lead there. */
  publicUrl: string | null
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
type LogLevel = typeof LOG_LEVELS[number]

/** A setting the operator has to fix; its message is one sentence naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Env = Record<string, string | undefined>

/** An empty variable counts as unset: compose files and systemd units often leave `FOO=` behind. */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim()
  return value ? value : undefined
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined)
    return 8080
  const port = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (!(port >= 1 && port <= 65535))
    throw new ConfigError(`PORT must be a number from 1 to 65535, got "${raw}"`)
  return port
}

function parseLogLevel(raw: string | undefined): LogLevel {
  if (raw === undefined)
    return 'info'
  const level = LOG_LEVELS.find(l => l === raw.toLowerCase())
  if (!level)
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`)
  return level
}

const HOUR_MS = 3_600_000

function parseCheckHours(raw: string | undefined): number {
  if (raw === undefined)
    return 6 * HOUR_MS
  const hours = /^\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN
  if (!(hours >= 0.01 && hours <= 168))
    throw new ConfigError(`DB_CHECK_HOURS must be a number of hours from 0.01 to 168, got "${raw}"`)
  return Math.round(hours * HOUR_MS)
}

export function parsePasswordCost(raw: string | undefined): number {
  if (raw === undefined)
    return DEFAULT_PASSWORD_COST
  const cost = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (!(cost >= 10 && cost <= 20))
    throw new ConfigError(`PASSWORD_COST must be a whole number from 10 to 20 (log2 of scrypt's N), got "${raw}"`)
  return cost
}

const MAX_IDLE_DAYS = 3650

function parseIdleDays(env: Env, name: string, fallback: number): number {
  const raw = read(env, name)
  if (raw === undefined)
    return fallback
  const days = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (!(days >= 1 && days <= MAX_IDLE_DAYS))
    throw new ConfigError(`${name} must be a whole number of days from 1 to ${MAX_IDLE_DAYS}, got "${raw}"`)
  return days
}

function parseSessionLimits(env: Env): SessionLimits {
  return {
    staffIdleDays: parseIdleDays(env, 'STAFF_SESSION_IDLE_DAYS', DEFAULT_SESSION_LIMITS.staffIdleDays),
    deviceIdleDays: parseIdleDays(env, 'DEVICE_SESSION_IDLE_DAYS', DEFAULT_SESSION_LIMITS.deviceIdleDays),
  }
}

// proxy-addr's names for the private ranges, which Fastify also accepts in the list.
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal']

function isAddressOrRange(entry: string): boolean {
  if (RANGE_NAMES.includes(entry))
    return true
  const [address = '', prefix, ...rest] = entry.split('/')
  const version = isIP(address)
  if (version === 0 || rest.length > 0)
    return false
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128))
}

function parseTrustProxy(raw: string | undefined): TrustProxy {
  if (raw === undefined || raw.toLowerCase() === 'false')
    return false
  if (raw.toLowerCase() === 'true')
    return true
  if (/^\d+$/.test(raw))
    return Number(raw)
  const entries = raw.split(',').map(entry => entry.trim())
  const wrong = entries.find(entry => !isAddressOrRange(entry))
  if (wrong !== undefined)
    throw new ConfigError(`TRUST_PROXY must be true, a number of proxies, or addresses and CIDR ranges separated by commas, got "${wrong}"`)
  return entries
}

function parseDatabase(env: Env, dataDir: string): DatabaseConfig {
  const url = read(env, 'DATABASE_URL')
  if (url === undefined)
    return { kind: 'sqlite', file: join(dataDir, 'nastavnik.sqlite') }
  // The URL is not echoed back: it usually holds a password.
  if (!/^postgres(?:ql)?:\/\//.test(url))
    throw new ConfigError('DATABASE_URL must be a postgres:// URL, or unset to use SQLite in DATA_DIR')
  return { kind: 'postgres', url }
}

/** An http(s) address, kept as its origin: a card's link adds its own path. */
function parsePublicUrl(raw: string | undefined): string | null {
  if (raw === undefined)
    return null
  const url = URL.canParse(raw) ? new URL(raw) : null
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new ConfigError(`PUBLIC_URL must be an http:// or https:// address, such as https://nastavnik.school.ru, got "${raw}"`)
  return url.origin
}

function readTlsFile(name: string, path: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    throw new ConfigError(`${name} "${path}" cannot be read: ${(error as Error).message}`)
  }
}

function parseTls(env: Env): TlsConfig | null {
  const cert = read(env, 'TLS_CERT')
  const key = read(env, 'TLS_KEY')
  if (cert === undefined && key === undefined)
    return null
  if (cert === undefined || key === undefined)
    throw new ConfigError(`TLS_CERT and TLS_KEY must be set together, but ${cert === undefined ? 'TLS_CERT' : 'TLS_KEY'} is missing`)
  return { cert: readTlsFile('TLS_CERT', cert), key: readTlsFile('TLS_KEY', key) }
}

/** Backups and the SQLite file live here, so it must be writable even when PostgreSQL holds the data. */
function ensureWritableDir(dir: string): void {
  const probe = join(dir, `.write-probe-${process.pid}`)
  try {
    mkdirSync(dir, { recursive: true })
    writeFileSync(probe, '')
    rmSync(probe)
  } catch (error) {
    throw new ConfigError(`DATA_DIR "${dir}" is not writable: ${(error as Error).message}`)
  }
}

/** Pure checks first, the one with side effects (creating DATA_DIR) last, so a typo creates nothing. */
export function loadConfig(env: Env = process.env): Config {
  const port = parsePort(read(env, 'PORT'))
  const host = read(env, 'HOST') ?? '0.0.0.0'
  const dataDir = resolve(read(env, 'DATA_DIR') ?? 'data')
  const database = parseDatabase(env, dataDir)
  const tls = parseTls(env)
  const staticDir = resolve(read(env, 'STATIC_DIR') ?? 'dist')
  const logLevel = parseLogLevel(read(env, 'LOG_LEVEL'))
  const dbCheckEveryMs = parseCheckHours(read(env, 'DB_CHECK_HOURS'))
  const trustProxy = parseTrustProxy(read(env, 'TRUST_PROXY'))
  const sessions = parseSessionLimits(env)
  const passwordCost = parsePasswordCost(read(env, 'PASSWORD_COST'))
  const publicUrl = parsePublicUrl(read(env, 'PUBLIC_URL'))
  ensureWritableDir(dataDir)
  return { port, host, dataDir, database, tls, staticDir, logLevel, trustProxy, sessions, dbCheckEveryMs, passwordCost, publicUrl }
}
