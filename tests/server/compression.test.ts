import type { LightMyRequestResponse } from 'fastify'
import { brotliCompressSync, brotliDecompressSync, deflateSync, gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { PullResponse, PushResponse } from '#shared/sync/protocol'
import { COMPRESS_MIN_BYTES, MAX_EXPANSION } from '#shared/api/compression'
import { uuidv7 } from '#shared/ids'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { preferredEncoding } from '../../src/server/http/compress.ts'
import { programFields, upsert, useSchoolServer } from './helpers/school.ts'
import { BACKENDS, bearer, json } from './helpers/server.ts'

const DECODE: Record<string, (body: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync }

/** The answer's body as the client reads it, whatever it was sent in. */
function decoded(response: LightMyRequestResponse): unknown {
  const encoding = response.headers['content-encoding']
  const body = typeof encoding === 'string' ? DECODE[encoding]!(response.rawPayload) : response.rawPayload
  return JSON.parse(body.toString('utf8'))
}

describe('the coding an answer is sent in', () => {
  it('prefers brotli, then gzip, and honours q=0 and *', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(preferredEncoding('gzip, deflate')).toBe('gzip')
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip')
    expect(preferredEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip')
    expect(preferredEncoding('*')).toBe('br')
    expect(preferredEncoding('*;q=0, identity')).toBeNull()
    expect(preferredEncoding('identity')).toBeNull()
    expect(preferredEncoding(undefined)).toBeNull()
  })
})

describe.each(BACKENDS)('compressed bodies both ways, on %s', (backend) => {
  const ctx = useSchoolServer(backend)

  const send = (url: string, payload: Buffer | string, headers: Record<string, string>) => ctx.server.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { ...bearer(ctx.school.curatorToken), 'content-type': 'application/json', ...headers },
  })
  const pull = (cursor: string | null, headers: Record<string, string> = {}) => send('/api/sync/pull', JSON.stringify({ protocol: PROTOCOL_VERSION, cursor }), headers)

  /** A push of `count` new programs as the app would write it. */
  function pushBody(count: number, seq: number): string {
    const mutations = Array.from({ length: count }, (_, i) => ({ ...upsert('programs', uuidv7(), programFields(`Программа ${seq + i}`)), seq: seq + i, at: '2024-10-05T10:00:00.000Z' }))
    return JSON.stringify({ protocol: PROTOCOL_VERSION, clientId: ctx.school.curator.clientId, mutations })
  }

  it('applies a push sent gzipped, brotli or deflated', async () => {
    let seq = 1
    for (const [encoding, compress] of [['gzip', gzipSync], ['br', brotliCompressSync], ['deflate', deflateSync]] as const) {
      const response = await send('/api/sync/push', compress(pushBody(20, seq)), { 'content-encoding': encoding })
      expect(response.statusCode, response.body).toBe(200)
      expect(json<PushResponse>(response).results.map(r => r.status)).toEqual(Array(20).fill('applied'))
      seq += 20
    }
    ctx.school.curator.seq = seq - 1
  })

  it('sends a big pull in brotli or gzip, whichever the client takes, the same JSON as plain', async () => {
    const plain = await pull(null)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_MIN_BYTES)
    for (const [accept, encoding] of [['br', 'br'], ['gzip, deflate', 'gzip'], ['gzip, deflate, br', 'br']] as const) {
      const response = await pull(null, { 'accept-encoding': accept })
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-encoding']).toBe(encoding)
      expect(response.headers.vary).toBe('accept-encoding')
      expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length)
      expect(response.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3)
      expect(decoded(response)).toEqual(json(plain))
    }
    const refused = await pull(null, { 'accept-encoding': 'identity, br;q=0, gzip;q=0' })
    expect(refused.headers['content-encoding']).toBeUndefined()
    expect(refused.body).toBe(plain.body)
  })

  it('leaves a small answer plain: a pull with nothing new', async () => {
    const { cursor } = await ctx.school.curator.pullAll(null)
    const noop = await pull(cursor, { 'accept-encoding': 'br, gzip' })
    expect(noop.headers['content-encoding']).toBeUndefined()
    expect(noop.headers.vary).toBe('accept-encoding')
    expect(json<PullResponse>(noop)).toMatchObject({ changes: [], more: false })
    expect(noop.rawPayload.length).toBeLessThan(COMPRESS_MIN_BYTES)
  })

  it('refuses a zip bomb with 413, inflating no more than the body limit, and goes on serving', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024))
    const before = process.memoryUsage()
    const response = await send('/api/sync/push', bomb, { 'content-encoding': 'gzip' })
    const after = process.memoryUsage()
    expect(response.statusCode).toBe(413)
    expect(json(response)).toMatchObject({ error: 'too_large', problem: 'body_too_large' })
    // Inflated whole, the bomb would be 50 MB; a few MB of noise is the test process's own.
    expect(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers).toBeLessThan(16 * 1024 * 1024)
    expect((await ctx.school.curator.push(upsert('programs', uuidv7(), programFields()))).results[0]!.status).toBe('applied')
  })

  it('refuses with 413 a body that expands more than the ratio, even under the body limit', async () => {
    const padded = JSON.stringify({ protocol: PROTOCOL_VERSION, pad: ' '.repeat(512 * 1024) })
    const response = await send('/api/sync/push', gzipSync(padded), { 'content-encoding': 'gzip' })
    expect(response.statusCode).toBe(413)
    expect(json(response)).toMatchObject({ error: 'too_large', problem: 'body_expands', params: { ratio: MAX_EXPANSION } })
  })

  it('refuses an unknown or stacked Content-Encoding with 415, and a corrupt or cut stream with 400', async () => {
    const body = pushBody(20, 1000)
    for (const encoding of ['zstd', 'gzip, br']) {
      const response = await send('/api/sync/push', gzipSync(body), { 'content-encoding': encoding })
      expect(response.statusCode).toBe(415)
      expect(json(response)).toMatchObject({ error: 'bad_request', problem: 'unknown_encoding', params: { encoding } })
    }
    const gzipped = gzipSync(body)
    for (const broken of [Buffer.from(body), gzipped.subarray(0, gzipped.length / 2), Buffer.concat([gzipped.subarray(0, 20), Buffer.alloc(200, 7)])]) {
      const response = await send('/api/sync/push', broken, { 'content-encoding': 'gzip' })
      expect(response.statusCode).toBe(400)
      expect(json(response)).toMatchObject({ error: 'bad_request', problem: 'bad_compression' })
    }
    // Said to be plain but gzipped: the JSON parser's refusal, as for any body that is not JSON.
    const mislabelled = await send('/api/sync/push', gzipped, {})
    expect(mislabelled.statusCode).toBe(400)
    expect(json(mislabelled)).toMatchObject({ problem: 'bad_json' })
  })
})
