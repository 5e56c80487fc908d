import { gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PushRequest } from '#shared/sync/protocol'
import { COMPRESS_MIN_BYTES } from '#shared/api/compression'
import { PROTOCOL_VERSION } from '#shared/protocol'
import { httpTransport } from '../../../src/app/sync/transport.ts'

interface Sent {
  headers: Record<string, string>
  body: string | Uint8Array
}

/** A fetch that records what the app sent and answers an empty push. */
function capturing(): Sent[] {
  const sent: Sent[] = []
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
    sent.push({ headers: init.headers as Record<string, string>, body: init.body as string | Uint8Array })
    return Promise.resolve(Response.json({ lastSeq: 0, results: [], restore: [] }))
  })
  return sent
}

function push(count: number, topic = (i: number) => `Встреча ${i}: разбор урока и план на неделю`): PushRequest {
  const mutations = Array.from({ length: count }, (_, i) => ({
    seq: i + 1,
    entity: 'meetings',
    id: `0190a5b2-0000-7000-8000-${String(i).padStart(12, '0')}`,
    op: 'upsert' as const,
    fields: { topic: topic(i) },
    at: '2024-10-05T10:00:00.000Z',
  }))
  return { protocol: PROTOCOL_VERSION, clientId: '0190a5b2-0000-7000-8000-0000000000aa', mutations }
}

afterEach(() => vi.unstubAllGlobals())

describe('a push on the wire', () => {
  it('goes gzipped when big, and inflates to the same JSON', async () => {
    const sent = capturing()
    const request = push(200)
    await httpTransport('token').push(request)
    const [{ headers, body }] = sent as [Sent]
    expect(headers['content-encoding']).toBe('gzip')
    expect(headers['content-type']).toBe('application/json')
    expect(body).toBeInstanceOf(Uint8Array)
    const inflated = gunzipSync(body)
    expect(JSON.parse(inflated.toString('utf8'))).toEqual(request)
    expect((body as Uint8Array).length).toBeLessThan(inflated.length / 4)
  })

  it('goes plain when small, when it compresses like a zip bomb, or when the browser has no CompressionStream', async () => {
    const sent = capturing()
    const small = push(1)
    expect(JSON.stringify(small).length).toBeLessThan(COMPRESS_MIN_BYTES)
    await httpTransport('token').push(small)
    const repetitive = push(1, () => 'я'.repeat(200_000))
    await httpTransport('token').push(repetitive)
    vi.stubGlobal('CompressionStream', undefined)
    const big = push(200)
    await httpTransport('token').push(big)
    expect(sent.map(s => s.headers['content-encoding'])).toEqual([undefined, undefined, undefined])
    expect(sent.map(s => JSON.parse(s.body as string) as unknown)).toEqual([small, repetitive, big])
  })
})
