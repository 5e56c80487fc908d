import type { FastifyInstance } from 'fastify'

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

/** Also sent by `frameworkErrors`, whose replies skip the hooks. */
export const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
}

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS)
    return payload
  })
}
