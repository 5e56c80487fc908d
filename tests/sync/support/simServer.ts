import type { FastifyInstance } from 'fastify'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_HEADER, PROTOCOL_VERSION, PULL_STREAM_TYPE } from '#shared/protocol'
import type { Role } from '#shared/roles'
import { wireBody } from '../../../src/app/api/compress.ts'
import { PULL_ACCEPT, readPulledPage } from '../../../src/app/sync/pullStream.ts'
import { buildApp } from '../../../src/server/app.ts'
import { createSession } from '../../../src/server/auth/sessions.ts'
import { openDatabase, type Storage } from '../../../src/server/storage/db.ts'
import { migrateToLatest } from '../../../src/server/storage/migrate.ts'

/** The real server over a real SQLite file, restartable in-process (close everything, open the file again). */
export class SimServer {
  private app!: FastifyInstance
  storage!: Storage
  private readonly dir = mkdtempSync(join(process.env.SIM_DIR ?? tmpdir(), 'nastavnik-sim-'))
  private readonly file = join(this.dir, 'sim.sqlite')

  async start(): Promise<void> {
    this.storage = openDatabase({ database: { kind: 'sqlite', file: this.file } })
    await migrateToLatest(this.storage.db)
    this.app = await buildApp({ db: this.storage.db, dbKind: 'sqlite', health: this.storage.health, staticDir: join(this.dir, 'none'), setupToken: null, version: 'sim' })
  }

  async restart(): Promise<void> {
    await this.stop()
    await this.start()
  }

  async stop(): Promise<void> {
    await this.app.close()
    await this.storage.close()
  }

  async dispose(): Promise<void> {
    await this.stop()
    rmSync(this.dir, { recursive: true, force: true })
  }

  /**
   * One HTTP exchange; the body comes back parsed, with the status. `compressed`: as a browser over HTTPS, the
   * body encoded by the app's own `wireBody` (gzipped when big) and the answer asked for in brotli, a pull page as
   * lines read by the app's own `readPulledPage`.
   */
  async post(path: string, token: string, body: unknown, compressed = false): Promise<{ status: number, body: unknown }> {
    const headers = { authorization: `Bearer ${token}`, [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) }
    const wire = compressed ? await wireBody(JSON.stringify(body)) : null
    const response = await this.app.inject({
      method: 'POST',
      url: path,
      headers: wire ? { ...headers, 'content-type': 'application/json', 'accept-encoding': 'br', 'accept': PULL_ACCEPT, ...(wire.encoding ? { 'content-encoding': wire.encoding } : {}) } : headers,
      payload: wire ? (typeof wire.body === 'string' ? wire.body : Buffer.from(wire.body)) : body as object,
    })
    const raw = response.headers['content-encoding'] === 'br' ? brotliDecompressSync(response.rawPayload) : response.rawPayload
    const type = String(response.headers['content-type'] ?? '')
    if (!type.startsWith(PULL_STREAM_TYPE))
      return { status: response.statusCode, body: JSON.parse(raw.toString('utf8')) }
    const page = await readPulledPage(new Response(new Uint8Array(raw), { headers: { 'content-type': type } }))
    return { status: response.statusCode, body: { ...page.head, changes: await page.changes } }
  }

  /**
   * The browser's `fetch` for the app's own `api()` (a respondent's phone, no session): the same server in-process,
   * from the address given, so the public routes' rate limit counts each simulated phone apart.
   */
  async fetch(url: string, init: RequestInit, remoteAddress: string): Promise<Response> {
    const body = init.body
    const response = await this.app.inject({
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      url,
      headers: init.headers as Record<string, string>,
      remoteAddress,
      ...(body !== undefined && body !== null && { payload: typeof body === 'string' ? body : Buffer.from(body as Uint8Array) }),
    })
    return new Response(response.statusCode === 204 ? null : response.payload, { status: response.statusCode, headers: { 'content-type': String(response.headers['content-type'] ?? 'application/json') } })
  }

  /**
   * A school with one account per role asked for, made straight in the database (hashing passwords would dominate a
   * 1,000-seed run), and a session per device of each account (`devices`, one unless said): its tokens, in order.
   */
  async createSchool(accounts: Array<{ role: Role, personId: string | null, devices?: number }>): Promise<{ schoolId: string, tokens: string[][] }> {
    const db = this.storage.db
    const schoolId = uuidv7()
    const now = new Date().toISOString()
    await db.insertInto('schools').values({ id: schoolId, name: `Школа ${schoolId.slice(-4)}`, created_at: now }).execute()
    const tokens: string[][] = []
    for (const account of accounts) {
      const userId = uuidv7()
      await db.insertInto('users').values({
        school_id: schoolId,
        id: userId,
        name: account.role,
        role: account.role,
        login: `u-${userId}`,
        password_hash: null,
        person_id: account.personId,
        created_at: now,
      }).execute()
      const sessions = []
      for (let device = 0; device < (account.devices ?? 1); device++)
        sessions.push(await createSession(db, schoolId, userId))
      tokens.push(sessions)
    }
    return { schoolId, tokens }
  }
}
