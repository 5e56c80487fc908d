import type { NetworkInterfaceInfo } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serverOrigins } from '../../src/server/addresses/origins.ts'
import { startTestServer, type TestServer } from './helpers/server.ts'
import { anotherSchool } from './helpers/school.ts'

const ipv4 = (address: string, internal = false) => ({ family: 'IPv4', address, internal }) as NetworkInterfaceInfo
const ipv6 = (address: string) => ({ family: 'IPv6', address, internal: false }) as NetworkInterfaceInfo
/** A school computer: loopback, a container bridge, its Wi-Fi, an IPv6 address. */
const INTERFACES = { lo: [ipv4('127.0.0.1', true)], docker0: [ipv4('172.17.0.1')], wlan0: [ipv4('192.168.1.23'), ipv6('fe80::1')] }

describe('serverOrigins', () => {
  it('gives PUBLIC_URL alone when set', () => {
    expect(serverOrigins({ scheme: 'http', host: '0.0.0.0', port: 8080, publicUrl: 'https://nastavnik.school.ru' }, INTERFACES)).toEqual(['https://nastavnik.school.ru'])
  })

  it('listening everywhere: every IPv4 address but loopback, the local network\'s before a container bridge\'s', () => {
    expect(serverOrigins({ scheme: 'http', host: '0.0.0.0', port: 8080, publicUrl: null }, INTERFACES)).toEqual(['http://192.168.1.23:8080', 'http://172.17.0.1:8080'])
    expect(serverOrigins({ scheme: 'https', host: '::', port: 443, publicUrl: null }, { lo: INTERFACES.lo })).toEqual([])
  })

  it('listening on one host: that host, unless no other device can reach it', () => {
    expect(serverOrigins({ scheme: 'https', host: '10.0.0.5', port: 8443, publicUrl: null }, INTERFACES)).toEqual(['https://10.0.0.5:8443'])
    for (const host of ['127.0.0.1', 'localhost', '::1'])
      expect(serverOrigins({ scheme: 'http', host, port: 8080, publicUrl: null }, INTERFACES), host).toEqual([])
  })
})

describe('GET /api/server/addresses', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer('sqlite', { origins: ['http://192.168.1.23:8080'] })
  })
  afterAll(() => server?.close())

  it('tells a signed-in device where the school reaches the server, and nobody else', async () => {
    const { curatorToken } = await anotherSchool(server, 'addresses')
    const answer = await server.app.inject({ method: 'GET', url: '/api/server/addresses', headers: { authorization: `Bearer ${curatorToken}` } })
    expect(answer.statusCode).toBe(200)
    expect(answer.json()).toEqual({ origins: ['http://192.168.1.23:8080'] })
    expect((await server.app.inject({ method: 'GET', url: '/api/server/addresses' })).statusCode).toBe(401)
  })
})
