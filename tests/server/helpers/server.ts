import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import type { AppOptions } from '../../../src/server/app.ts'
import type { DatabaseConfig, TlsConfig } from '../../../src/server/config.ts'
import type { Storage } from '../../../src/server/storage/db.ts'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../../../src/server/app.ts'
import { openDatabase } from '../../../src/server/storage/db.ts'
import { migrateToLatest } from '../../../src/server/storage/migrate.ts'
import { PageThread } from '../../../src/server/sync/pageThread.ts'
import { WriteThread } from '../../../src/server/sync/writeThread.ts'
import { createPgDatabase } from './postgres.ts'
import { StatementRecorder } from './sqlAudit.ts'

export const BACKENDS = ['sqlite', 'postgres'] as const
export type Backend = typeof BACKENDS[number]

/**
 * The sync suites run once more on SQLite with the sync's writes and pull pages in threads of their own, as the running
 * server has them (src/server/main.ts); every other suite keeps them in the test's thread (`buildApp`'s default).
 */
export const SYNC_BACKENDS = [...BACKENDS, 'sqlite-threads'] as const
export type SyncBackend = typeof SYNC_BACKENDS[number]

const SETUP_TOKEN = 'KQ7R-M2XD-P9TB'
export const PACKAGE_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version

export function tempDir(prefix = 'nastavnik-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export interface TestServer {
  app: FastifyInstance
  storage: Storage
  /** Where the database lives, for a process (the admin CLI) that opens it on its own. */
  dataDir: string
  database: DatabaseConfig
  close: () => Promise<void>
}

export interface TestServerOptions extends Pick<AppOptions, 'trustProxy' | 'sessions' | 'origins'> {
  staticDir?: string
  setupToken?: string | null
  https?: TlsConfig
}

/** A migrated, empty database on the given backend, and the app over it; close() removes both. */
export async function startTestServer(backend: SyncBackend, options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = tempDir()
  const pgDatabase = backend === 'postgres' ? await createPgDatabase() : null
  const database: DatabaseConfig = pgDatabase
    ? { kind: 'postgres', url: pgDatabase.url }
    : { kind: 'sqlite', file: join(dataDir, 'nastavnik.sqlite') }
  const storage = openDatabase({ database })
  await migrateToLatest(storage.db)
  const app = await buildApp({
    // The server's statements, not the test's own look into the database, are what the SQL audit checks.
    db: storage.db.withPlugin(new StatementRecorder(storage.db)),
    dbKind: storage.kind,
    health: storage.health,
    staticDir: options.staticDir ?? join(dataDir, 'no-static'),
    setupToken: options.setupToken === undefined ? SETUP_TOKEN : options.setupToken,
    version: PACKAGE_VERSION,
    https: options.https,
    trustProxy: options.trustProxy,
    sessions: options.sessions,
    origins: options.origins,
    threads: backend === 'sqlite-threads' ? { writes: new WriteThread(database, storage.health), pages: new PageThread(database, storage.health) } : undefined,
  })
  return {
    app,
    storage,
    dataDir,
    database,
    close: async () => {
      await app.close()
      await storage.close()
      await pgDatabase?.drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export const SETUP_BODY = {
  token: SETUP_TOKEN,
  schoolName: 'МБОУ СОШ № 7',
  curatorName: 'Анна Петровна Смирнова',
  login: 'smirnova',
  password: 'correct horse battery',
}

export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return JSON.parse(response.body) as T
}

export function post(app: FastifyInstance, url: string, payload: unknown, headers: InjectOptions['headers'] = {}) {
  return app.inject({ method: 'POST', url, payload: payload as InjectOptions['payload'], headers })
}

export function bearer(token: string) {
  return { authorization: `Bearer ${token}` }
}
