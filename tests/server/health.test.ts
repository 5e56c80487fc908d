import type { TestServer } from './helpers/server.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BACKENDS, json, PACKAGE_VERSION, startTestServer } from './helpers/server.ts'

describe.each(BACKENDS)('health on %s', (backend) => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer(backend)
  })
  afterAll(() => server?.close())

  it('answers ok with the package version and the database kind', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/health' })
    expect(response.statusCode).toBe(200)
    expect(json(response)).toEqual({ ok: true, version: PACKAGE_VERSION, db: backend })
    expect(PACKAGE_VERSION).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('has run every migration', async () => {
    const tables = await Promise.all(['installation', 'schools', 'users', 'sessions'].map(table =>
      server.storage.db.selectFrom(table as 'schools').select(eb => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()))
    expect(tables.map(t => Number(t.n))).toEqual([0, 0, 0, 0])
  })
})
