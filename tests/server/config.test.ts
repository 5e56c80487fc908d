import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../src/server/config.ts'
import { tempDir } from './helpers/server.ts'

const root = tempDir('nastavnik-config-')
afterAll(() => rmSync(root, { recursive: true, force: true }))

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return error as ConfigError
  }
  throw new Error('expected a ConfigError')
}

describe('loadConfig', () => {
  it('fills the defaults and creates DATA_DIR', () => {
    const dataDir = join(root, 'fresh', 'data')
    const config = loadConfig({ DATA_DIR: dataDir })
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', dataDir, tls: null, logLevel: 'info' })
    expect(config.database).toEqual({ kind: 'sqlite', file: join(dataDir, 'nastavnik.sqlite') })
    expect(config.staticDir).toBe(join(process.cwd(), 'dist'))
    expect(readdirSync(dataDir)).toEqual([])
  })

  it('takes PostgreSQL from DATABASE_URL', () => {
    const config = loadConfig({ DATA_DIR: root, DATABASE_URL: 'postgres://u:p@db/nastavnik', PORT: '3000' })
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db/nastavnik' })
    expect(config.port).toBe(3000)
  })

  it.each(['abc', '0', '65536', '80.5', '-1'])('refuses PORT=%s in one sentence', (port) => {
    const dataDir = join(root, `never-${port}`)
    expect(configError({ PORT: port, DATA_DIR: dataDir }).message).toBe(`PORT must be a number from 1 to 65535, got "${port}"`)
    expect(existsSync(dataDir)).toBe(false)
  })

  it('refuses a DATA_DIR that cannot be created', () => {
    const file = join(root, 'file.txt')
    writeFileSync(file, 'not a directory')
    const dataDir = join(file, 'data')
    expect(configError({ DATA_DIR: dataDir }).message).toMatch(new RegExp(`^DATA_DIR "${dataDir}" is not writable: .*ENOTDIR`))
  })

  it('wants TLS_CERT and TLS_KEY together, and readable', () => {
    const cert = join(root, 'cert.pem')
    writeFileSync(cert, 'cert')
    expect(configError({ DATA_DIR: root, TLS_CERT: cert }).message).toBe('TLS_CERT and TLS_KEY must be set together, but TLS_KEY is missing')
    expect(configError({ DATA_DIR: root, TLS_KEY: cert }).message).toContain('TLS_CERT is missing')
    const missing = join(root, 'missing.pem')
    expect(configError({ DATA_DIR: root, TLS_CERT: cert, TLS_KEY: missing }).message).toMatch(new RegExp(`^TLS_KEY "${missing}" cannot be read: .*ENOENT`))
    const config = loadConfig({ DATA_DIR: root, TLS_CERT: cert, TLS_KEY: cert })
    expect(config.tls?.cert.toString()).toBe('cert')
  })

  it('takes LOG_LEVEL from a known list', () => {
    expect(loadConfig({ DATA_DIR: root, LOG_LEVEL: 'WARN' }).logLevel).toBe('warn')
    expect(configError({ DATA_DIR: root, LOG_LEVEL: 'loud' }).message).toMatch(/^LOG_LEVEL must be one of .*, got "loud"$/)
  })

  it('checks the SQLite file every 6 hours, or every DB_CHECK_HOURS', () => {
    expect(loadConfig({ DATA_DIR: root }).dbCheckEveryMs).toBe(6 * 3_600_000)
    expect(loadConfig({ DATA_DIR: root, DB_CHECK_HOURS: '0.5' }).dbCheckEveryMs).toBe(1_800_000)
    for (const hours of ['0', 'often', '200'])
      expect(configError({ DATA_DIR: root, DB_CHECK_HOURS: hours }).message).toBe(`DB_CHECK_HOURS must be a number of hours from 0.01 to 168, got "${hours}"`)
  })

  it('hashes passwords at scrypt N = 2^17 unless PASSWORD_COST says another power from 10 to 20', () => {
    expect(loadConfig({ DATA_DIR: root }).passwordCost).toBe(17)
    expect(loadConfig({ DATA_DIR: root, PASSWORD_COST: '18' }).passwordCost).toBe(18)
    for (const cost of ['9', '21', 'strong', '17.5'])
      expect(configError({ DATA_DIR: root, PASSWORD_COST: cost }).message).toBe(`PASSWORD_COST must be a whole number from 10 to 20 (log2 of scrypt's N), got "${cost}"`)
  })

  it('takes TRUST_PROXY as true, a number of proxies, or addresses and ranges, and trusts no proxy by default', () => {
    expect(loadConfig({ DATA_DIR: root }).trustProxy).toBe(false)
    expect(loadConfig({ DATA_DIR: root, TRUST_PROXY: 'True' }).trustProxy).toBe(true)
    expect(loadConfig({ DATA_DIR: root, TRUST_PROXY: 'false' }).trustProxy).toBe(false)
    expect(loadConfig({ DATA_DIR: root, TRUST_PROXY: '2' }).trustProxy).toBe(2)
    expect(loadConfig({ DATA_DIR: root, TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8,loopback' }).trustProxy)
      .toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', 'loopback'])
    for (const wrong of ['nginx', '10.0.0.0/33', '10.0.0.1/8/8', '300.1.1.1'])
      expect(configError({ DATA_DIR: root, TRUST_PROXY: `127.0.0.1,${wrong}` }).message).toBe(`TRUST_PROXY must be true, a number of proxies, or addresses and CIDR ranges separated by commas, got "${wrong}"`)
  })

  it('takes the idle days of staff and device sessions, a month and half a year by default', () => {
    expect(loadConfig({ DATA_DIR: root }).sessions).toEqual({ staffIdleDays: 30, deviceIdleDays: 180 })
    expect(loadConfig({ DATA_DIR: root, STAFF_SESSION_IDLE_DAYS: '7', DEVICE_SESSION_IDLE_DAYS: '365' }).sessions).toEqual({ staffIdleDays: 7, deviceIdleDays: 365 })
    for (const wrong of ['0', '1.5', 'week', '3651'])
      expect(configError({ DATA_DIR: root, STAFF_SESSION_IDLE_DAYS: wrong }).message).toBe(`STAFF_SESSION_IDLE_DAYS must be a whole number of days from 1 to 3650, got "${wrong}"`)
    expect(configError({ DATA_DIR: root, DEVICE_SESSION_IDLE_DAYS: '-1' }).message).toMatch(/^DEVICE_SESSION_IDLE_DAYS must be/)
  })

  it('takes PUBLIC_URL as the origin of an http or https address, and none by default', () => {
    const dataDir = join(root, 'public')
    expect(loadConfig({ DATA_DIR: dataDir }).publicUrl).toBeNull()
    expect(loadConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'https://nastavnik.school.ru/app/' }).publicUrl).toBe('https://nastavnik.school.ru')
    expect(loadConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'http://192.168.1.10:8080' }).publicUrl).toBe('http://192.168.1.10:8080')
    for (const bad of ['nastavnik.school.ru', 'ftp://school.ru'])
      expect(configError({ DATA_DIR: dataDir, PUBLIC_URL: bad }).message).toContain(`PUBLIC_URL must be an http:// or https:// address`)
  })

  it('refuses a DATABASE_URL that is not PostgreSQL without echoing it', () => {
    const message = configError({ DATA_DIR: root, DATABASE_URL: 'mysql://user:secret@db/x' }).message
    expect(message).toContain('DATABASE_URL')
    expect(message).not.toContain('secret')
  })
})
