import type { GenericSchema } from 'valibot'
import { type ConversionConfig, type JsonSchema, toJsonSchema, toJsonSchemaDefs } from '@valibot/to-json-schema'
import { AuditPage } from '#shared/api/audit'
import { LoginRequest, LoginResponse, SessionUser } from '#shared/api/auth'
import { ErasureMentions } from '#shared/api/erasure'
import { HandoverDecision, HandoverRequest, Handovers } from '#shared/api/handovers'
import { ApiError } from '#shared/api/errors'
import { ServerAddresses } from '#shared/api/addresses'
import { HealthResponse, SetupRequest, SetupStatus } from '#shared/api/setup'
import { AnswerAccepted, AnswerRequest, BallotCounts, BallotView, IssueBallotsRequest, IssuedBallots } from '#shared/api/surveys'
import { AccessReset, CreateUserRequest, Device, Enrollment, EnrollRequest, RenameDeviceRequest, SetDisabledRequest, UserSummary } from '#shared/api/users'
import { SurveyItemSchema } from '#shared/model/surveyTemplate'
import { ENTITIES } from '#shared/sync/entities'
import { ENTITY_NAMES } from '#shared/sync/entityNames'
import { Change, PullRequest, PullResponse, PushRequest, PushResponse } from '#shared/sync/protocol'

/*
 * The document's JSON Schemas (2020-12, as OpenAPI 3.1 uses), converted from the very valibot schemas the
 * routes check bodies with and the shared types are inferred from, so the two cannot drift apart.
 */

/** Request and answer bodies, by component name; a schema used inside another becomes a `$ref` to it. */
const SCHEMAS = {
  ApiError,
  HealthResponse,
  SetupStatus,
  ServerAddresses,
  SetupRequest,
  LoginRequest,
  SessionUser,
  LoginResponse,
  CreateUserRequest,
  Device,
  UserSummary,
  Enrollment,
  EnrollRequest,
  AccessReset,
  SetDisabledRequest,
  RenameDeviceRequest,
  PushRequest,
  PushResponse,
  PullRequest,
  PullResponse,
  Change,
  IssueBallotsRequest,
  IssuedBallots,
  BallotCounts,
  BallotView,
  SurveyItem: SurveyItemSchema,
  AnswerRequest,
  AnswerAccepted,
  AuditPage,
  ErasureMentions,
  HandoverRequest,
  HandoverDecision,
  Handovers,
} satisfies Record<string, GenericSchema>

/** Answers computed by shared code whose types have no valibot schema (yet): named, not spelled out. */
const UNSPELLED: Record<'ResultsResponse' | 'SurveySummary' | 'RegionIndicators', JsonSchema> = {
  ResultsResponse: { type: 'object', description: '`{campaignId, received, results, comparison?}` (src/shared/api/surveys.ts): anonymous answers count in whole fives in order of arrival; a group under 5 answers is `{hidden: true, count}`' },
  SurveySummary: { type: 'object', description: 'Satisfaction per campaign, audience, form and program (src/shared/api/surveys.ts); a group under 5 answers is `{hidden: true, count}`' },
  RegionIndicators: { type: 'object', description: '`{year, schools: [{schoolId, name, indicators}], total}` (src/shared/api/region.ts)' },
}

export type SchemaName = keyof typeof SCHEMAS | keyof typeof UNSPELLED

/** What a record of each synced entity holds: a push's `fields` is a patch of it, a pull's `fields` all of it. */
const FIELDS = Object.fromEntries(ENTITY_NAMES.map(entity => [`Fields.${entity}`, ENTITIES[entity].full]))

/*
 * JSON Schema cannot say what a custom `check` (and so a `forward`ed one) tests — CleanText, calendar dates,
 * cross-field rules — so those are skipped on purpose: the document is looser there, and the server's 400
 * names the field. `trim` and `toLowerCase` change nothing a schema can state; the limits after them describe
 * the value as normalised. `typeMode: 'input'` stops a pipe at a `transform` (a query's `Number`), describing
 * what is sent. Anything else that cannot be converted still throws, at startup and in the tests.
 */
const CONVERSION: ConversionConfig = {
  target: 'draft-2020-12',
  typeMode: 'input',
  ignoreActions: ['check', 'partial_check', 'trim', 'to_lower_case'],
  overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
}

export const ref = (name: SchemaName): JsonSchema => ({ $ref: `#/components/schemas/${name}` })

export function componentSchemas(): Record<string, JsonSchema> {
  return { ...toJsonSchemaDefs({ ...SCHEMAS, ...FIELDS }, CONVERSION), ...UNSPELLED }
}

/** A query-string schema (an object of optional strings) as OpenAPI parameters, one per entry. */
export function queryParameters(schema: GenericSchema): Array<Record<string, unknown>> {
  const { properties = {}, required = [] } = toJsonSchema(schema, CONVERSION)
  return Object.entries(properties).map(([name, property]) => ({ name, in: 'query', required: required.includes(name), schema: property }))
}
