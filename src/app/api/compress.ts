import { COMPRESS_MIN_BYTES, MAX_EXPANSION } from '#shared/api/compression'

/** A JSON request body as it goes on the wire, and its `Content-Encoding` when compressed. */
export interface WireBody {
  body: string | Uint8Array<ArrayBuffer>
  encoding: 'gzip' | null
}

/**
 * A big body (a day's work pushed over EDGE: 500 mutations are up to 512 KB of JSON) goes gzipped where the
 * browser has `CompressionStream`, about 8× smaller; a small one goes plain, as does one that compresses so well
 * the server would refuse it as a zip bomb (`MAX_EXPANSION`).
 */
export async function wireBody(json: string): Promise<WireBody> {
  const bytes = new TextEncoder().encode(json)
  if (bytes.length < COMPRESS_MIN_BYTES || typeof CompressionStream !== 'function')
    return { body: json, encoding: null }
  const gzipped = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer())
  if (gzipped.length * MAX_EXPANSION < bytes.length)
    return { body: json, encoding: null }
  return { body: gzipped, encoding: 'gzip' }
}
