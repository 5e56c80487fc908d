import type { FastifyInstance, FastifyServerOptions } from 'fastify'
import type { Kysely } from 'kysely'
import type { SessionLimits, TlsConfig, TrustProxy } from './config.ts'
import type { DbKind } from './storage/db.ts'
import type { StorageHealth } from './storage/health.ts'
import type { Database } from './storage/schema.ts'
import type { SyncThreads } from './sync/routes.ts'
import Fastify from 'fastify'
import { auditRoutes } from './audit/routes.ts'
import { installAuth } from './auth/guard.ts'
import { authRoutes } from './auth/routes.ts'
import { healthRoutes } from './health/routes.ts'
import { installCompression } from './http/compress.ts'
import { frameworkErrors, installErrorHandler } from './http/error-handler.ts'
import { installInflate } from './http/inflate.ts'
import { installNulGuard } from './http/nul.ts'
import { openApiRoutes } from './http/openapi.ts'
import { installProtocolCheck } from './http/protocol.ts'
import { installSecurityHeaders, securityHeaders } from './http/security.ts'
import { setupRoutes } from './setup/routes.ts'
import { peopleRoutes } from './people/routes.ts'
import { addressRoutes } from './addresses/routes.ts'
import { handoverRoutes } from './handovers/routes.ts'
import { regionRoutes } from './region/routes.ts'
import { serveApp } from './static.ts'
import { surveyRoutes } from './surveys/routes.ts'
import { syncRoutes } from './sync/routes.ts'
import { userRoutes } from './users/routes.ts'

export interface AppOptions {
  db: Kysely<Database>
  dbKind: DbKind
  /** The storage's own health (`Storage.health`): what its queries and checks found. */
  health: StorageHealth
  staticDir: string
  /** The one-time token printed at start while no school exists; null once one does. */
  setupToken: string | null
  version: string
  logger?: FastifyServerOptions['logger']
  https?: TlsConfig | null
  /** Whose X-Forwarded-For to believe (TRUST_PROXY); none by default, so a client cannot pick its own address. */
  trustProxy?: TrustProxy
  /** How long a session may go unused; the defaults of config.ts when not given. */
  sessions?: SessionLimits
  /** Where the school's devices reach this server (addresses/origins.ts); none known when not given. */
  origins?: readonly string[]
  /** Where pushes are applied and pull pages read (sync/routes.ts): the server's own thread when not given. */
  threads?: SyncThreads
}

/** The app's sync client halves a batch on 413, so this is the cap on one push as well. */
export const BODY_LIMIT = 1024 * 1024

/** Fastify 5 treats a bare number as trusting nobody; as proxy-addr once did, `hops` trusts the nearest that many. */
function trustedProxies(trust: TrustProxy = false): FastifyServerOptions['trustProxy'] {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust
}

function createFastify(options: AppOptions): FastifyInstance {
  const common = { bodyLimit: BODY_LIMIT, logger: options.logger ?? false, frameworkErrors: frameworkErrors(securityHeaders(!!options.https)), trustProxy: trustedProxies(options.trustProxy) }
  if (!options.https)
    return Fastify(common)
  // Typed as the http instance: routes only touch request and reply, which are the same for https.
  return Fastify({ ...common, https: options.https })
}

/** The whole server, not listening yet: main.ts listens, tests inject. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = createFastify(options)
  installErrorHandler(app)
  installSecurityHeaders(app, !!options.https)
  installProtocolCheck(app)
  installNulGuard(app)
  installInflate(app)
  installCompression(app)
  installAuth(app, options.sessions)

  healthRoutes(app, options.db, options.dbKind, options.version, options.health)
  setupRoutes(app, options.db, options.setupToken)
  authRoutes(app, options.db)
  userRoutes(app, options.db)
  syncRoutes(app, options.db, options.dbKind, options.threads)
  surveyRoutes(app, options.db, options.dbKind)
  regionRoutes(app, options.db)
  auditRoutes(app, options.db)
  peopleRoutes(app, options.db)
  handoverRoutes(app, options.db)
  addressRoutes(app, options.db, options.origins ?? [])
  openApiRoutes(app, options.version)
  await serveApp(app, options.staticDir)
  return app
}
