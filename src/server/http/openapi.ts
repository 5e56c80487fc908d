import type { JsonSchema } from '@valibot/to-json-schema'
import type { FastifyInstance } from 'fastify'
import type { GenericSchema } from 'valibot'
import { AuditQuery } from '#shared/api/audit'
import { RegionQuery } from '#shared/api/region'
import { COMPRESS_MIN_BYTES, MAX_EXPANSION } from '#shared/api/compression'
import { OLDEST_SUPPORTED_PROTOCOL, PROTOCOL_HEADER, PROTOCOL_VERSION, PULL_STREAM_TYPE } from '#shared/protocol'
import { SERVER_BODY_LIMIT } from '#shared/sync/limits'
import { componentSchemas, queryParameters, ref, type SchemaName } from './openapi-schemas.ts'

/*
 * The API as OpenAPI 3.1. The route list below is the one place that names each route's method, path and
 * summary; the bodies are converted from the shared valibot schemas (openapi-schemas.ts). A route added
 * without an entry here fails tests/server/openapi.test.ts, which compares this list with what Fastify has
 * registered.
 */

type Json = Record<string, unknown>

const json = (schema: JsonSchema) => ({ 'application/json': { schema } })
const ok = (description: string, schema?: JsonSchema) => schema ? { description, content: json(schema) } : { description }

// Shared refusals: every one has the ApiError body.
const ERRORS = {
  400: 'bad_request: the body does not fit (field names the culprit); protocol_unsupported: the app is too old',
  401: 'unauthorized: no valid session; revoked: the device\'s access was revoked',
  403: 'forbidden: the role may not do this',
  404: 'not_found',
  409: 'conflict',
  413: `too_large: the body is over ${SERVER_BODY_LIMIT} bytes (inflated), or a compressed one expands over ${MAX_EXPANSION}×`,
} as const
type Status = keyof typeof ERRORS

function refusals(...statuses: Status[]): Record<string, Json> {
  return Object.fromEntries(statuses.map(s => [String(s), { $ref: `#/components/responses/E${s}` }]))
}

interface Operation {
  summary: string
  /** Public routes leave it out; everything else needs a bearer token. */
  auth?: false
  body?: SchemaName
  /** The valibot schema the route checks its query string with. */
  query?: GenericSchema
  responses: Record<string, Json>
  params?: string[]
}

function operation(op: Operation): Json {
  return {
    summary: op.summary,
    ...(op.auth === false ? { security: [] } : {}),
    parameters: [
      { $ref: '#/components/parameters/Protocol' },
      ...(op.params ?? []).map(name => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...(op.query ? queryParameters(op.query) : []),
    ],
    ...(op.body ? { requestBody: { required: true, content: json(ref(op.body)) } } : {}),
    responses: op.responses,
  }
}

const PATHS: Record<string, Record<string, Operation>> = {
  '/api/health': {
    get: { summary: 'Liveness, touching the database', auth: false, responses: { 200: ok('Up', ref('HealthResponse')), 503: ok('ok: false; db_damaged (found by the periodic SQLite check or a query) or disk_full (until a write succeeds)', ref('HealthResponse')) } },
  },
  '/api/server/addresses': {
    get: { summary: 'Where the school\'s devices reach this server (PUBLIC_URL, else its local network addresses): for the links on printed cards', responses: { 200: ok('Origins, best first', ref('ServerAddresses')), ...refusals(401) } },
  },
  '/api/openapi.json': {
    get: { summary: 'This document', auth: false, responses: { 200: ok('OpenAPI 3.1', { type: 'object' }) } },
  },
  '/api/setup': {
    get: { summary: 'Whether the first school still has to be created', auth: false, responses: { 200: ok('Status', ref('SetupStatus')) } },
    post: {
      summary: 'Create the first school and its curator, with the token printed at start',
      auth: false,
      body: 'SetupRequest',
      responses: { 201: ok('Signed in as the new curator', ref('LoginResponse')), ...refusals(400, 409), 403: ok('setup_token_invalid', ref('ApiError')) },
    },
  },
  '/api/auth/login': {
    post: { summary: 'Sign in with login and password', auth: false, body: 'LoginRequest', responses: { 200: ok('Signed in', ref('LoginResponse')), ...refusals(400, 401), 429: ok('rate_limited: too many tries from this address, or too many wrong passwords for this login; Retry-After', ref('ApiError')) } },
  },
  '/api/auth/me': {
    get: { summary: 'The signed-in user', responses: { 200: ok('The user', ref('SessionUser')), ...refusals(401) } },
  },
  '/api/auth/logout': {
    post: { summary: 'End this session', responses: { 204: ok('Signed out'), ...refusals(401) } },
  },
  '/api/sync/push': {
    post: {
      summary: 'Send mutations; exactly once per (clientId, seq)',
      body: 'PushRequest',
      responses: { 200: ok('Every mutation acknowledged: applied, rejected or duplicate', ref('PushResponse')), ...refusals(400, 401, 413) },
    },
  },
  '/api/sync/pull': {
    post: {
      summary: 'Changes after the cursor, within the caller\'s scope, a page at a time',
      body: 'PullRequest',
      responses: {
        200: {
          description: `A page; as lines when Accept names ${PULL_STREAM_TYPE}: the page without \`changes\` first, then one Change a line`,
          content: { ...json(ref('PullResponse')), [PULL_STREAM_TYPE]: { schema: { type: 'string' } } },
        },
        ...refusals(400, 401),
      },
    },
  },
  '/api/users': {
    get: { summary: 'The school\'s accounts with their devices (curator)', responses: { 200: ok('Accounts', { type: 'array', items: ref('UserSummary') }), ...refusals(401, 403) } },
    post: { summary: 'Create an account (curator)', body: 'CreateUserRequest', responses: { 201: ok('Created', ref('UserSummary')), ...refusals(400, 401, 403, 409) } },
  },
  '/api/users/{id}/enrollment': {
    post: {
      summary: 'Issue a one-time code for one device of the account; earlier unused codes stop working (curator)',
      params: ['id'],
      responses: { 201: ok('The code', ref('Enrollment')), ...refusals(401, 403, 404) },
    },
  },
  '/api/users/{id}/password': {
    post: {
      summary: 'Give a staff account a new password, made by the server and shown once; its devices are signed out (curator)',
      params: ['id'],
      responses: { 201: ok('The new password', ref('AccessReset')), ...refusals(400, 401, 403, 404) },
    },
  },
  '/api/users/{id}/disabled': {
    put: {
      summary: 'Disable an account (signs out its devices, voids its codes) or enable it again; not oneself, not the last curator (curator)',
      params: ['id'],
      body: 'SetDisabledRequest',
      responses: { 204: ok('Done'), ...refusals(400, 401, 403, 404, 409) },
    },
  },
  '/api/devices/{id}/name': {
    put: { summary: 'Name a device of the school (curator)', params: ['id'], body: 'RenameDeviceRequest', responses: { 204: ok('Renamed'), ...refusals(400, 401, 403, 404) } },
  },
  '/api/devices/{id}/revoke': {
    post: { summary: 'Revoke a device (session) of the school (curator)', params: ['id'], responses: { 204: ok('Revoked'), ...refusals(401, 403, 404) } },
  },
  '/api/enroll': {
    post: {
      summary: 'Turn a one-time code into a session for this device',
      auth: false,
      body: 'EnrollRequest',
      responses: { 201: ok('Signed in', ref('LoginResponse')), 400: ok('bad_request, or enrollment_invalid: the code is unknown, used or expired', ref('ApiError')), 429: ok('rate_limited: too many tries from this address; Retry-After', ref('ApiError')) },
    },
  },
  '/api/surveys/campaigns/{id}/ballots': {
    post: {
      summary: 'Print cards for an anonymous campaign: new codes (returned once), or ballots for the cards of another campaign (curator)',
      params: ['id'],
      body: 'IssueBallotsRequest',
      responses: { 201: ok('Issued', ref('IssuedBallots')), ...refusals(400, 401, 403, 404, 409) },
    },
    get: { summary: 'How many ballots were issued and used (curator, observer)', params: ['id'], responses: { 200: ok('Counts', ref('BallotCounts')), ...refusals(401, 403) } },
  },
  '/api/surveys/campaigns/{id}/results': {
    get: {
      summary: 'Aggregates of a campaign, none for a group under 5 answers; ?against=<entry campaign id> adds entry against exit (curator, observer)',
      params: ['id'],
      responses: { 200: ok('Results', ref('ResultsResponse')), ...refusals(401, 403, 404) },
    },
  },
  '/api/surveys/campaigns/{id}/paper': {
    post: {
      summary: 'A paper blank typed in by the curator: the card code printed on it and its answers, once per card, after the campaign closed too',
      params: ['id'],
      body: 'AnswerRequest',
      responses: {
        201: ok('Counted', ref('AnswerAccepted')),
        400: ok('bad_request: a required item unanswered, a scale out of 1..10, an unknown option (field names the item)', ref('ApiError')),
        ...refusals(401, 403),
        404: ok('ballot_unknown (field `code`): no card of this campaign and school has the code', ref('ApiError')),
        409: ok('ballot_used; campaign_not_open; template_outdated', ref('ApiError')),
      },
    },
  },
  '/api/surveys/summary': {
    get: { summary: 'Satisfaction levels per campaign, audience and form (curator, observer)', responses: { 200: ok('Summary', ref('SurveySummary')), ...refusals(401, 403) } },
  },
  '/api/people/{id}/erase': {
    post: { summary: 'Erase a person\'s personal data (152-ФЗ): the card stays nameless, counts stay right (curator)', params: ['id'], responses: { 204: ok('Erased'), ...refusals(401, 403, 404, 409) } },
  },
  '/api/people/{id}/mentions': {
    get: { summary: 'The records whose free text named the person when their data was erased and still does, until each field is edited (curator)', params: ['id'], responses: { 200: ok('Where the name stands', ref('ErasureMentions')), ...refusals(401, 403) } },
  },
  '/api/handovers': {
    post: { summary: 'Hands a change the server refused to the curator: the whole record as the author\'s device had it (anyone signed in, their own)', body: 'HandoverRequest', responses: { 204: ok('Kept for the curator'), ...refusals(400, 401) } },
    get: { summary: 'The school\'s handed-over changes not yet decided (curator, observer)', responses: { 200: ok('Handed-over changes', ref('Handovers')), ...refusals(401, 403) } },
  },
  '/api/handovers/{id}/decision': {
    post: { summary: 'The curator entered the change on the author\'s behalf (accepted) or set it aside', params: ['id'], body: 'HandoverDecision', responses: { 204: ok('Decided'), ...refusals(400, 401, 403, 404) } },
  },
  '/api/audit': {
    get: { summary: 'The school\'s audit log, newest first, a page before the version `before` (curator, observer); field names, never values', query: AuditQuery, responses: { 200: ok('A page', ref('AuditPage')), ...refusals(400, 401, 403) } },
  },
  '/api/region/indicators': {
    get: { summary: 'Every school\'s indicators for a year (this one by default) and the totals, numbers only (region)', query: RegionQuery, responses: { 200: ok('Indicators', ref('RegionIndicators')), ...refusals(400, 401, 403) } },
  },
  '/api/surveys/ballot/{code}': {
    get: {
      summary: 'The questionnaire a card code opens, and its state; no account',
      auth: false,
      params: ['code'],
      responses: { 200: ok('The questionnaire', ref('BallotView')), 404: ok('ballot_unknown', ref('ApiError')), 429: ok('rate_limited', ref('ApiError')) },
    },
  },
  '/api/surveys/answer': {
    post: {
      summary: 'Answer a questionnaire with a card code, once per campaign; no account',
      auth: false,
      body: 'AnswerRequest',
      responses: {
        201: ok('Counted', ref('AnswerAccepted')),
        400: ok('bad_request: a required item unanswered, a scale out of 1..10, an unknown option (field names the item)', ref('ApiError')),
        404: ok('ballot_unknown', ref('ApiError')),
        409: ok('ballot_used; campaign_not_open; template_outdated (the body carries `ballot`, the current questionnaire)', ref('ApiError')),
        410: ok('campaign_closed', ref('ApiError')),
        429: ok('rate_limited: too many from this address; send again later', ref('ApiError')),
      },
    },
  },
}

export function openApiDocument(version: string): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Наставник API',
      version,
      description: 'The offline-first app\'s server. Tokens are opaque and sent as `Authorization: Bearer …`; no cookies. '
        + `Answers of ${COMPRESS_MIN_BYTES} bytes or more come in br or gzip when \`Accept-Encoding\` allows; a body may be sent with `
        + '`Content-Encoding: gzip`, `br` or `deflate` (any other: 415, a corrupt stream: 400). Any route may answer '
        + '503 `unavailable` (problem `db_damaged`: the database is damaged, every API answer says so until a restore) '
        + 'or 507 `insufficient_storage` (problem `disk_full`: the write was not saved). Every API answer is `Cache-Control: no-store`.',
    },
    security: [{ bearer: [] }],
    paths: Object.fromEntries(Object.entries(PATHS).map(([path, ops]) =>
      [path, Object.fromEntries(Object.entries(ops).map(([method, op]) => [method, operation(op)]))])),
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'From /api/auth/login, /api/setup or /api/enroll' } },
      parameters: {
        Protocol: {
          name: PROTOCOL_HEADER,
          in: 'header',
          required: false,
          description: `The app's protocol version; ${OLDEST_SUPPORTED_PROTOCOL}..${PROTOCOL_VERSION} accepted, none for curl`,
          schema: { type: 'integer' },
        },
      },
      responses: Object.fromEntries(Object.entries(ERRORS).map(([status, description]) =>
        [`E${status}`, { description, content: json(ref('ApiError')) }])),
    },
  }
}

/** Public, like the code it describes. */
export function openApiRoutes(app: FastifyInstance, version: string): void {
  const document = openApiDocument(version)
  app.get('/api/openapi.json', async () => document)
}
