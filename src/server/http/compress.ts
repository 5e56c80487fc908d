import type { FastifyInstance } from 'fastify'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { COMPRESS_MIN_BYTES } from '#shared/api/compression'
import { isApiPath } from './protocol.ts'

type Encoding = 'br' | 'gzip'

/** The q-value of each coding the header names (`*` included); a coding not named is absent. */
function qualities(header: string): Map<string, number> {
  const named = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map(s => s.trim().toLowerCase())
    const q = params.find(p => p.startsWith('q='))
    const value = q === undefined ? 1 : Number(q.slice(2))
    if (name)
      named.set(name, Number.isNaN(value) ? 0 : value)
  }
  return named
}

/**
 * The coding an answer is sent in: brotli when the client takes it (smaller, and as fast at the quality chosen
 * below), else gzip, else none. A browser offers `br` only over HTTPS, so a school on plain HTTP gets gzip.
 */
export function preferredEncoding(header: string | undefined): Encoding | null {
  if (!header)
    return null
  const named = qualities(header)
  const any = named.get('*') ?? 0
  const br = named.get('br') ?? any
  const gz = named.get('gzip') ?? any
  if (br > 0 && br >= gz)
    return 'br'
  return gz > 0 ? 'gzip' : null
}

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * Quality 5, not brotli's default 11: measured on the demo school's curator pull (8 pages, 5.77 MB of mostly
 * Cyrillic JSON), one 695 KB page takes 9 ms at quality 4 (76 KB), 15 ms at 5 (71 KB), 15 ms at 6 (70 KB),
 * 26 ms at 7 and 2,170 ms at 11 (58 KB). Quality 5 is the smallest before the time climbs; 11 would hold the
 * pull for seconds to save 13 KB a page, which even an EDGE line sends in under half a second. gzip stays at
 * zlib's default level 6 (91 KB, 8 ms).
 */
const BROTLI_QUALITY = 5

function compress(encoding: Encoding, body: string | Buffer, bytes: number): Promise<Buffer> {
  if (encoding === 'gzip')
    return gzipAsync(body)
  return brotli(body, { params: {
    [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes,
  } })
}

/**
 * API answers of `COMPRESS_MIN_BYTES` or more are compressed when the client accepts it: the curator's first pull
 * is 5.7 MB of JSON, minutes on a school line. zlib's async calls run in libuv's thread pool, so the event loop
 * serves other requests meanwhile. Static files are not touched: they have .br and .gz made at build time.
 */
export function installCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!isApiPath(request.url) || (typeof payload !== 'string' && !Buffer.isBuffer(payload)))
      return payload
    // Whether the answer is compressed depends on the header, even where this one happens to be small.
    reply.header('vary', 'accept-encoding')
    const bytes = Buffer.byteLength(payload)
    const encoding = bytes >= COMPRESS_MIN_BYTES ? preferredEncoding(request.headers['accept-encoding']) : null
    if (!encoding)
      return payload
    reply.header('content-encoding', encoding)
    return compress(encoding, payload, bytes)
  })
}
