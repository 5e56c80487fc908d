import type { ApiErrorCode } from '#shared/api/errors'
import { AUDIT_ACTIONS } from '#shared/api/audit'
import { LOGIN_PATTERN, PASSWORD_MIN } from '#shared/api/auth'
import { MAX_BALLOTS } from '#shared/api/surveys'
import { UUID_PATTERN } from '#shared/ids'
import { INDICATOR_KEYS } from '#shared/indicators/definitions'
import { ROLES } from '#shared/roles'
import { ENTITY_NAMES } from '#shared/sync/entities'
import { PUSH_BATCH_MAX } from '#shared/sync/protocol'

/*
 * JSON Schemas (2020-12, as OpenAPI 3.1 uses) of the API's bodies, written by hand: the shared valibot schemas
 * stay the one check, these describe them. Limits and patterns are imported, so the two cannot drift apart.
 */

type Schema = Record<string, unknown>

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })

const string = (more: Schema = {}): Schema => ({ type: 'string', ...more })
const id = string({ pattern: UUID_PATTERN.source, description: 'UUIDv7' })
const instant = string({ format: 'date-time' })
const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: 'null' }] })
const object = (properties: Record<string, Schema>, required = Object.keys(properties), more: Schema = {}): Schema =>
  ({ type: 'object', properties, required, additionalProperties: false, ...more })

// Complete by construction: a new ApiErrorCode fails to compile here until it is listed.
const ERROR_CODES = Object.keys({
  bad_request: 1, unauthorized: 1, forbidden: 1, not_found: 1, too_large: 1, rate_limited: 1, protocol_unsupported: 1,
  setup_token_invalid: 1, setup_done: 1, login_failed: 1, revoked: 1, enrollment_invalid: 1, conflict: 1, internal: 1,
  ballot_unknown: 1, ballot_used: 1, campaign_closed: 1, campaign_not_open: 1, template_outdated: 1,
} satisfies Record<ApiErrorCode, 1>)

const login = string({ pattern: LOGIN_PATTERN.source, description: 'Trimmed and lower-cased before the check' })
const password = string({ minLength: PASSWORD_MIN, maxLength: 200 })
const personName = string({ minLength: 2, maxLength: 200 })
const role = string({ enum: [...ROLES] })

const indicator = object({
  key: string({ enum: [...INDICATOR_KEYS] }),
  numerator: { type: 'integer' },
  denominator: nullable({ type: 'integer' }),
  value: nullable({ type: 'number', description: 'Percent, one decimal; null without a denominator' }),
  target: { type: 'number' },
  met: nullable({ type: 'boolean' }),
})

const change = object({
  entity: string({ enum: [...ENTITY_NAMES] }),
  id,
  version: { type: 'integer' },
  deleted: { enum: [0, 1] },
  fields: { type: 'object', description: 'The record\'s fields; {} when deleted' },
})

const surveyItem = object({
  key: string(),
  kind: string({ enum: ['scale', 'single', 'multiple', 'text'] }),
  text: string(),
  options: { type: 'array', items: string() },
  required: { type: 'boolean' },
}, ['key', 'kind', 'text', 'required'])
const aggregate = { type: 'object', description: '{hidden: true, count} when fewer than 5 answers; otherwise the figures' }

const SURVEY_SCHEMAS: Record<string, Schema> = {
  IssueBallotsRequest: {
    oneOf: [
      object({ count: { type: 'integer', minimum: 1, maximum: MAX_BALLOTS } }),
      object({ sameCardsAs: { ...id, description: 'Ballots for the cards printed for this (entry) campaign' } }),
    ],
  },
  IssuedBallots: object({ issued: { type: 'integer' }, codes: { type: 'array', items: string(), description: 'Shown once: only hashes are kept' } }),
  BallotCounts: object({ issued: { type: 'integer' }, used: { type: 'integer' } }),
  BallotView: object({
    campaignId: id,
    state: string({ enum: ['open', 'used', 'closed', 'not_open'] }),
    title: string(),
    phase: string({ enum: ['entry', 'mid', 'exit'] }),
    templateVersion: { type: 'integer' },
    items: { type: 'array', items: surveyItem },
    closesOn: string({ format: 'date' }),
  }),
  AnswerRequest: object({
    code: string({ maxLength: 40 }),
    campaignId: id,
    templateVersion: { type: 'integer', minimum: 1 },
    answers: { type: 'object', description: 'By item key: a number 1..10 (scale), a string (single, text) or a list of strings (multiple)' },
  }, ['code', 'templateVersion', 'answers']),
  AnswerAccepted: object({ accepted: { const: true } }),
  ResultsResponse: object({ campaignId: id, results: aggregate, comparison: { type: 'object' } }, ['campaignId', 'results']),
  SurveySummary: object({ campaigns: { type: 'array', items: aggregate }, byAudience: { type: 'array', items: aggregate }, byForm: { type: 'array', items: aggregate }, byProgram: { type: 'array', items: aggregate } }),
  AuditPage: object({
    entries: { type: 'array', items: object({
      version: { type: 'integer' },
      at: instant,
      userName: string(),
      entity: string({ enum: [...ENTITY_NAMES] }),
      recordId: string(),
      action: string({ enum: [...AUDIT_ACTIONS] }),
      fields: { type: 'array', items: string() },
    }) },
    next: nullable({ type: 'integer' }),
  }),
  RegionIndicators: object({
    year: { type: 'integer' },
    schools: { type: 'array', items: object({ schoolId: id, name: string(), indicators: { type: 'array', items: indicator } }) },
    total: { type: 'array', items: indicator },
  }),
}

export const SCHEMAS: Record<string, Schema> = {
  ApiError: object({
    error: string({ enum: ERROR_CODES }),
    message: string({ description: 'A plain Russian sentence' }),
    field: string({ description: 'The field (dotted path) that was wrong' }),
  }, ['error', 'message']),
  HealthResponse: object({ ok: { const: true }, version: string(), db: string({ enum: ['sqlite', 'postgres'] }) }),
  SetupStatus: object({ needed: { type: 'boolean' } }),
  SetupRequest: object({
    token: string({ minLength: 1, maxLength: 200, description: 'The one-time code the server prints at start' }),
    schoolName: string({ minLength: 2, maxLength: 300 }),
    curatorName: personName,
    login,
    password,
  }),
  LoginRequest: object({ login, password: string({ minLength: 1, maxLength: 200 }) }),
  SessionUser: object({ id, name: string(), role, schoolId: id, schoolName: string(), personId: nullable(id) }),
  LoginResponse: object({ token: string({ description: 'Opaque bearer token' }), user: ref('SessionUser') }),
  CreateUserRequest: object({
    name: personName,
    role,
    personId: nullable(id),
    login,
    password,
  }, ['name', 'role'], { description: 'Staff (curator, observer, region) need login and password; mentor and mentee need personId' }),
  Device: object({ id, name: string(), createdAt: instant, lastSeenAt: instant, lastSyncAt: nullable(instant), revokedAt: nullable(instant) }),
  UserSummary: object({
    id,
    name: string(),
    role,
    personId: nullable(id),
    login: nullable(string()),
    devices: { type: 'array', items: ref('Device') },
  }),
  Enrollment: object({ code: string({ examples: ['K7RM-2XDP'] }), path: string({ examples: ['/enroll/K7RM-2XDP'] }), expiresAt: instant }),
  EnrollRequest: object({ code: string({ minLength: 1, maxLength: 100 }), deviceName: string({ maxLength: 200 }) }, ['code']),
  PushRequest: object({
    protocol: { type: 'integer' },
    clientId: id,
    mutations: {
      type: 'array',
      maxItems: PUSH_BATCH_MAX * 2,
      items: object({
        seq: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
        entity: string({ maxLength: 40 }),
        id,
        op: string({ enum: ['upsert', 'delete'] }),
        fields: { type: 'object', description: 'A patch: only the fields the user changed' },
        at: string({ maxLength: 40 }),
      }),
    },
  }),
  PushResponse: object({
    lastSeq: { type: 'integer' },
    results: {
      type: 'array',
      items: object({
        seq: { type: 'integer' },
        status: string({ enum: ['applied', 'rejected', 'duplicate'] }),
        code: string({ enum: ['invalid', 'forbidden', 'deleted', 'unknown_entity', 'incomplete'] }),
        reason: string(),
        field: string(),
      }, ['seq', 'status']),
    },
    restore: { type: 'array', items: ref('Change') },
  }),
  PullRequest: object({ protocol: { type: 'integer' }, cursor: nullable(string({ maxLength: 200 })) }),
  PullResponse: object({
    cursor: string({ description: 'Opaque; send it back on the next pull' }),
    reset: { type: 'boolean' },
    changes: { type: 'array', items: ref('Change') },
    more: { type: 'boolean' },
    position: object({ from: { type: 'integer' }, at: { type: 'integer' }, head: { type: 'integer' } }),
  }, ['cursor', 'reset', 'changes', 'more']),
  Change: change,
  ...SURVEY_SCHEMAS,
}
