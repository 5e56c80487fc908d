import type { SetHeadersResponse } from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { existsSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import fastifyStatic from '@fastify/static'
import { HttpError } from './http/errors.ts'
import { isApiPath } from './http/protocol.ts'

// Vite puts a content hash in every name under assets/, so those never change; everything else
// (index.html, sw.js, the manifest) must be revalidated, or a phone keeps an old app forever.
const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'

function setCacheHeaders(root: string) {
  return (res: SetHeadersResponse, filePath: string) => {
    const inAssets = relative(root, filePath).startsWith(`assets${sep}`)
    res.setHeader('cache-control', inAssets ? IMMUTABLE : REVALIDATE)
  }
}

/** An address the app's router owns: a page, not a file and not the API. */
function isAppRoute(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return false
  const path = request.url.split('?')[0] ?? ''
  if (isApiPath(path))
    return false
  const lastSegment = path.slice(path.lastIndexOf('/') + 1)
  const accept = request.headers.accept ?? '*/*'
  return !lastSegment.includes('.') && (accept.includes('text/html') || accept.includes('*/*'))
}

function notFound(request: FastifyRequest, reply: FastifyReply) {
  if (isApiPath(request.url))
    throw new HttpError(404, 'not_found', { problem: 'no_such_api', params: { method: request.method, path: request.url.split('?')[0] ?? '' } })
  return reply.code(404).type('text/plain; charset=utf-8').send('Не найдено')
}

/** Serves the built app, and index.html for the app's own routes (the SPA fallback). */
export async function serveApp(app: FastifyInstance, staticDir: string): Promise<void> {
  // Checked once at start: `npm start` builds before it serves.
  if (!existsSync(join(staticDir, 'index.html'))) {
    app.setNotFoundHandler((request, reply) => {
      if (!isAppRoute(request))
        return notFound(request, reply)
      return reply.code(503).type('text/plain; charset=utf-8').send('Приложение не собрано: выполните npm run build')
    })
    return
  }
  // The build writes .br and .gz beside each text file; a phone on a slow school network gets the small one.
  await app.register(fastifyStatic, { root: staticDir, cacheControl: false, preCompressed: true, setHeaders: setCacheHeaders(staticDir) })
  app.setNotFoundHandler((request, reply) => {
    if (!isAppRoute(request))
      return notFound(request, reply)
    return reply.code(200).sendFile('index.html')
  })
}
