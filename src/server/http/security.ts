import type { FastifyInstance } from 'fastify'
import { isApiPath } from './protocol.ts'

/** Nothing from third-party hosts (DESIGN.md, PWA), so the policy can be this narrow. */
const CSP = [
  'default-src \'self\'',
  'script-src \'self\'',
  'style-src \'self\' \'unsafe-inline\'',
  'img-src \'self\' data: blob:',
  'connect-src \'self\'',
  'font-src \'self\'',
  'object-src \'none\'',
  'base-uri \'self\'',
  'frame-ancestors \'none\'',
  'form-action \'self\'',
  'manifest-src \'self\'',
  'worker-src \'self\'',
].join('; ')

const BASE_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  // Chromium hides the phone's model and system version from its User-Agent; asked for here, it sends them with
  // the sign-in that follows, and the curator's device list says «Samsung SM-A125F» (users/deviceDescription.ts).
  'accept-ch': 'Sec-CH-UA-Model, Sec-CH-UA-Platform-Version',
}

/**
 * The headers of every answer; also sent by `frameworkErrors`, whose replies skip the hooks. HSTS only when
 * this server holds the certificate: behind a proxy that terminates TLS the proxy sends it (README).
 */
export function securityHeaders(tls: boolean): Record<string, string> {
  return tls ? { ...BASE_HEADERS, 'strict-transport-security': 'max-age=31536000' } : BASE_HEADERS
}

/** API answers carry records and personal data: no browser or proxy cache may keep one, errors included. */
export const NO_STORE = { 'cache-control': 'no-store' }

export function installSecurityHeaders(app: FastifyInstance, tls: boolean): void {
  const headers = securityHeaders(tls)
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(headers)
    if (isApiPath(request.url))
      reply.headers(NO_STORE)
    return payload
  })
}
