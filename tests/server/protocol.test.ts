import type { TestServer } from './helpers/server.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OLDEST_SUPPORTED_PROTOCOL, PROTOCOL_HEADER, PROTOCOL_VERSION } from '#shared/protocol'
import { json, startTestServer } from './helpers/server.ts'

describe('protocol header', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer('sqlite')
  })
  afterAll(() => server?.close())

  const health = (headers: Record<string, string>) => server.app.inject({ method: 'GET', url: '/api/health', headers })

  it.each([String(PROTOCOL_VERSION + 1), String(OLDEST_SUPPORTED_PROTOCOL - 1), 'abc'])('refuses version %s', async (version) => {
    const response = await health({ [PROTOCOL_HEADER]: version })
    expect(response.statusCode).toBe(400)
    expect(json(response)).toEqual({ error: 'protocol_unsupported', message: 'Версия приложения устарела: обновите приложение' })
  })

  it('accepts every supported version and no header at all', async () => {
    for (let version = OLDEST_SUPPORTED_PROTOCOL; version <= PROTOCOL_VERSION; version++)
      expect((await health({ [PROTOCOL_HEADER]: String(version) })).statusCode).toBe(200)
    expect((await health({})).statusCode).toBe(200)
  })
})
