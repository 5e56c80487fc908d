import type { FastifyInstance } from 'fastify'
import { type Readable, Transform, type TransformCallback } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { MAX_EXPANSION } from '#shared/api/compression'
import { HttpError } from './errors.ts'
import { isApiPath } from './protocol.ts'

const DECODERS: Record<string, () => Transform> = {
  'gzip': createGunzip,
  'x-gzip': createGunzip,
  'br': createBrotliDecompress,
  'deflate': createInflate,
}

const mib = (bytes: number) => bytes / 1024 / 1024

/**
 * The inflated body, counted as it comes: past the route's body limit, or past `MAX_EXPANSION` times the
 * compressed size, it fails with a 413 and nothing more is inflated, so a zip bomb costs at most the limit.
 * `receivedEncodedLength` is Fastify's name for the bytes on the wire: it checks them against Content-Length.
 */
class Inflated extends Transform {
  receivedEncodedLength = 0
  private inflated = 0

  constructor(private readonly limit: number, private readonly declared: number | null) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.inflated += chunk.length
    if (this.inflated > this.limit)
      return done(new HttpError(413, 'too_large', { problem: 'body_too_large', params: { mib: mib(this.limit) } }))
    // Content-Length is the whole compressed size, which the app checked the ratio against; a chunked body
    // is held to what has arrived so far.
    if (this.inflated > (this.declared ?? this.receivedEncodedLength) * MAX_EXPANSION)
      return done(new HttpError(413, 'too_large', { problem: 'body_expands', params: { ratio: MAX_EXPANSION } }))
    done(null, chunk)
  }
}

function declaredLength(header: string | undefined): number | null {
  const length = Number(header)
  return header !== undefined && Number.isSafeInteger(length) ? length : null
}

/**
 * The request stream piped through the decoder into the counter. On any failure the decoder is dropped and the
 * rest of the request read and discarded, so the answer can still be sent on the same connection; the counter
 * keeps an error listener, since Fastify removes its own once it has answered.
 */
function inflating(payload: Readable, decoder: Transform, limit: number, declared: number | null): Inflated {
  const out = new Inflated(limit, declared)
  payload.on('data', (chunk: Buffer) => {
    out.receivedEncodedLength += chunk.length
  })
  decoder.on('error', () => out.destroy(new HttpError(400, 'bad_request', { problem: 'bad_compression' })))
  payload.on('error', error => out.destroy(error))
  out.on('error', () => {
    payload.unpipe(decoder)
    decoder.destroy()
    payload.resume()
  })
  payload.pipe(decoder).pipe(out)
  return out
}

/**
 * JSON bodies may come compressed (`Content-Encoding: gzip`, `br` or `deflate`): the app gzips a big push
 * (src/app/api/client.ts). The body limit is on the inflated bytes, as for a plain body; an unknown coding is
 * refused with 415 before anything is read.
 */
export function installInflate(app: FastifyInstance): void {
  app.addHook('preParsing', async (request, _reply, payload) => {
    const header = request.headers['content-encoding']?.trim().toLowerCase()
    if (!header || header === 'identity' || !isApiPath(request.url))
      return payload
    const decoder = DECODERS[header]
    if (!decoder)
      throw new HttpError(415, 'bad_request', { problem: 'unknown_encoding', params: { encoding: header.slice(0, 40) } })
    return inflating(payload, decoder(), request.routeOptions.bodyLimit, declaredLength(request.headers['content-length']))
  })
}
