import type { TestServer } from './helpers/server.ts'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { json, startTestServer, tempDir } from './helpers/server.ts'

const INDEX = '<!doctype html><title>Наставник</title><div id="app"></div>'
const HTML = { accept: 'text/html,application/xhtml+xml' }

describe('the built app', () => {
  let server: TestServer
  const staticDir = tempDir('nastavnik-static-')
  beforeAll(async () => {
    mkdirSync(join(staticDir, 'assets'))
    writeFileSync(join(staticDir, 'index.html'), INDEX)
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(join(staticDir, 'assets', 'app.js.br'), brotliCompressSync('console.log(1)'))
    writeFileSync(join(staticDir, 'sw.js'), 'self.skipWaiting()')
    server = await startTestServer('sqlite', { staticDir })
  })
  afterAll(async () => {
    await server?.close()
    rmSync(staticDir, { recursive: true, force: true })
  })
  const get = (url: string, headers: Record<string, string> = HTML) => server.app.inject({ method: 'GET', url, headers })

  it('serves index.html at / and at the app\'s own routes, never cached', async () => {
    for (const url of ['/', '/programs/123', '/programs/123?tab=plan']) {
      const response = await get(url)
      expect(response.statusCode, url).toBe(200)
      expect(response.body).toBe(INDEX)
      expect(response.headers['content-type']).toMatch(/^text\/html/)
      expect(response.headers['cache-control']).toBe('no-cache')
    }
  })

  it('caches hashed assets forever and the service worker never', async () => {
    const asset = await get('/assets/app.js', {})
    expect(asset.statusCode).toBe(200)
    expect(asset.body).toBe('console.log(1)')
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const sw = await get('/sw.js', {})
    expect(sw.statusCode).toBe(200)
    expect(sw.headers['cache-control']).toBe('no-cache')
  })

  it('sends the build\'s brotli file to a browser that takes it, and the plain one otherwise', async () => {
    const small = await get('/assets/app.js', { 'accept-encoding': 'gzip, deflate, br' })
    expect(small.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(small.rawPayload).toString()).toBe('console.log(1)')
    expect(small.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const plain = await get('/assets/app.js', { 'accept-encoding': 'identity' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe('console.log(1)')
  })

  it('answers an unknown API address with JSON, never the app', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const response = await server.app.inject({ method, url: '/api/nope', headers: HTML })
      expect(response.statusCode).toBe(404)
      expect(response.headers['content-type']).toMatch(/^application\/json/)
      expect(json(response)).toEqual({ error: 'not_found', message: `Нет такого адреса API: ${method} /api/nope`, problem: 'no_such_api', params: { method, path: '/api/nope' } })
    }
  })

  it('answers a missing file with a plain 404, never index.html', async () => {
    const response = await get('/assets/nope.js')
    expect(response.statusCode).toBe(404)
    expect(response.body).not.toContain('<div id="app">')
    expect(response.headers['content-type']).not.toMatch(/html/)
  })

  it('sends the security headers on every kind of answer: page, asset, service worker, API, API errors', async () => {
    const answers = [
      await get('/'),
      await get('/programs/123'),
      await get('/assets/app.js', {}),
      await get('/sw.js', {}),
      await get('/assets/nope.js'),
      await get('/api/health'),
      await server.app.inject({ method: 'GET', url: '/api/auth/me' }),
      await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: '{', headers: { 'content-type': 'application/json' } }),
      await server.app.inject({ method: 'GET', url: '/api/users/%zz/enrollment' }),
    ]
    for (const response of answers) {
      const csp = response.headers['content-security-policy'] as string
      const scripts = /(?:^|;\s*)script-src ([^;]*)/.exec(csp)?.[1]
      expect(scripts, csp).toBe('\'self\'')
      expect(csp).toContain('default-src \'self\'')
      expect(csp).toContain('frame-ancestors \'none\'')
      expect(response.headers['x-content-type-options']).toBe('nosniff')
      expect(response.headers['x-frame-options']).toBe('DENY')
      expect(response.headers['referrer-policy']).toBe('no-referrer')
      expect(response.headers['strict-transport-security'], 'HSTS only under TLS').toBeUndefined()
    }
  })

  it('says no-store on every API answer, errors included, and leaves the files\' caching alone', async () => {
    const api = [
      await get('/api/health'),
      await get('/api/nope'),
      await server.app.inject({ method: 'GET', url: '/api/auth/me' }),
      await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: '{', headers: { 'content-type': 'application/json' } }),
      await server.app.inject({ method: 'GET', url: '/api/users/%zz/enrollment' }),
    ]
    for (const response of api)
      expect(response.headers['cache-control'], response.body).toBe('no-store')
    expect((await get('/assets/app.js', {})).headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await get('/')).headers['cache-control']).toBe('no-cache')
  })

  it('refuses a body over 1 MiB with too_large', async () => {
    const payload = JSON.stringify({ login: 'someone', password: 'x'.repeat(1024 * 1024) })
    const response = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload, headers: { 'content-type': 'application/json' } })
    expect(response.statusCode).toBe(413)
    expect(json(response).error).toBe('too_large')
  })
})

describe('an app that is not built', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer('sqlite')
  })
  afterAll(() => server?.close())

  it('says so at /, while the API keeps working', async () => {
    const page = await server.app.inject({ method: 'GET', url: '/', headers: HTML })
    expect(page.statusCode).toBe(503)
    expect(page.body).toBe('Приложение не собрано: выполните npm run build')
    expect((await server.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
    expect((await server.app.inject({ method: 'GET', url: '/api/nope' })).statusCode).toBe(404)
  })
})

describe('a server that speaks TLS itself', () => {
  let server: TestServer
  const dir = tempDir('nastavnik-tls-')
  beforeAll(async () => {
    const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')]
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' })
    server = await startTestServer('sqlite', { https: { cert: readFileSync(cert), key: readFileSync(key) } })
  })
  afterAll(async () => {
    await server?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('tells browsers to come back only over HTTPS, on every answer', async () => {
    for (const url of ['/api/health', '/', '/api/users/%zz/enrollment']) {
      const response = await server.app.inject({ method: 'GET', url, headers: HTML })
      expect(response.headers['strict-transport-security'], url).toBe('max-age=31536000')
    }
  })
})
