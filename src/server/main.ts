import type { Config, DatabaseConfig } from './config.ts'
import type { Storage } from './storage/db.ts'
import type { StorageHealth } from './storage/health.ts'
import type { SyncThreads } from './sync/routes.ts'
import { buildApp } from './app.ts'
import { serverOrigins } from './addresses/origins.ts'
import { setPasswordCost } from './auth/password.ts'
import { ConfigError, loadConfig } from './config.ts'
import { newSetupToken } from './setup/token.ts'
import { openDatabase } from './storage/db.ts'
import { PageThread } from './sync/pageThread.ts'
import { WriteThread } from './sync/writeThread.ts'
import { inspectDatabaseFile, watchIntegrity } from './storage/integrity.ts'
import { migrateToLatest } from './storage/migrate.ts'
import { readVersion } from './version.ts'

function configOrExit(): Config {
  try {
    return loadConfig(process.env)
  } catch (error) {
    if (!(error instanceof ConfigError))
      throw error
    process.stderr.write(`Наставник: ${error.message}\n`)
    process.exit(1)
  }
}

function printSetupToken(url: string, token: string): void {
  process.stdout.write([
    '',
    '  Школа ещё не создана.',
    `  Откройте ${url} и введите код установки:`,
    '',
    `      ${token}`,
    '',
    '  Код действует, пока школа не создана, и меняется при каждом запуске.',
    '',
  ].join('\n'))
}

/** An operator's problem (database down, wrong password in DATABASE_URL) gets one line, not a stack trace. */
async function fail(what: string, error: unknown): Promise<never> {
  process.stderr.write(`Наставник: ${what}: ${(error as Error).message}\n`)
  await storage.close().catch(() => {})
  process.exit(1)
}

/** A SQLite file that is empty, garbage or damaged stops the start with one sentence, before anything writes to it. */
function openChecked(config: Config): Storage {
  const { database } = config
  try {
    const problem = database.kind === 'sqlite' ? inspectDatabaseFile(database.file) : null
    if (problem) {
      process.stderr.write(`Наставник: ${problem}\n`)
      process.exit(1)
    }
    return openDatabase(config)
  } catch (error) {
    process.stderr.write(`Наставник: cannot open the ${database.kind} database: ${(error as Error).message}\n`)
    process.exit(1)
  }
}

/**
 * On SQLite the database's work runs in the thread that calls it (better-sqlite3 is synchronous, and a commit waits
 * for the disk), so the sync's writes and its pull pages go to threads of their own and this one keeps HTTP. On PostgreSQL that
 * work is PostgreSQL's own processes'; threads here only added hops and took cores from them (a region's pushes
 * 247/s with them, 425/s without, `--quick --only=region`).
 */
function syncThreads(database: DatabaseConfig, health: StorageHealth): SyncThreads | undefined {
  if (database.kind !== 'sqlite')
    return undefined
  return { writes: new WriteThread(database, health), pages: new PageThread(database, health) }
}

const config = configOrExit()
setPasswordCost(config.passwordCost)
const version = readVersion()
const storage = openChecked(config)
await migrateToLatest(storage.db).catch(error => fail(`cannot prepare the ${storage.kind} database`, error))

const hasSchool = (await storage.db.selectFrom('schools').select('id').limit(1).executeTakeFirst()) !== undefined
const setupToken = hasSchool ? null : newSetupToken()
const scheme = config.tls ? 'https' : 'http'
const origins = serverOrigins({ scheme, host: config.host, port: config.port, publicUrl: config.publicUrl })
const app = await buildApp({
  db: storage.db,
  dbKind: storage.kind,
  health: storage.health,
  staticDir: config.staticDir,
  setupToken,
  version,
  https: config.tls,
  trustProxy: config.trustProxy,
  sessions: config.sessions,
  origins,
  logger: { level: config.logLevel },
  threads: syncThreads(config.database, storage.health),
})

// Before the line that says it listens: whoever starts the server may stop it as soon as it reads that line.
let stopping = false
async function stop(signal: string): Promise<void> {
  if (stopping)
    return
  stopping = true
  app.log.info({ signal }, 'stopping')
  await app.close()
  await storage.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))

try {
  await app.listen({ port: config.port, host: config.host })
} catch (error) {
  await fail(`cannot listen on ${config.host}:${config.port}`, error)
}
// On PostgreSQL only the connection is checked (each /api/health queries it): its pages are PostgreSQL's to check.
if (config.database.kind === 'sqlite')
  watchIntegrity(config.database.file, storage.health, config.dbCheckEveryMs, damage => app.log.fatal({ damage }, 'the database file is damaged: the API answers 503 until it is restored from a backup'))
process.stdout.write(`Наставник ${version} слушает ${scheme}://${config.host}:${config.port}/ (база: ${storage.kind})\n`)
// The address to give phones: localhost above is this computer's alone.
if (origins.length)
  process.stdout.write(`Телефоны и компьютеры школы открывают его по адресу ${origins.map(origin => `${origin}/`).join(' или ')}\n`)
if (setupToken)
  printSetupToken(`${scheme}://localhost:${config.port}/`, setupToken)
