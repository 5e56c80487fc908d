import * as v from 'valibot'
import { CleanText } from '../model/fields.ts'
import { DeviceKeyField, LoginField, PasswordField, PersonNameField } from './auth.ts'

/** The first visit to a server with no school: the school, its first curator, and the one-time token. */
export const SetupRequest = v.object({
  token: v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(200, 'too_long')),
  schoolName: v.pipe(v.string(), v.trim(), v.minLength(2, 'required'), v.maxLength(300, 'too_long'), CleanText),
  curatorName: PersonNameField,
  login: LoginField,
  password: PasswordField,
  deviceKey: v.optional(DeviceKeyField),
})
export type SetupRequest = v.InferOutput<typeof SetupRequest>

export const SetupStatus = v.object({
  /** True while the server has no school: the app then shows the setup page instead of sign-in. */
  needed: v.boolean(),
})
export type SetupStatus = v.InferOutput<typeof SetupStatus>

const HealthCommon = {
  version: v.string(),
  db: v.picklist(['sqlite', 'postgres']),
}

/** 200 with `ok: true`; 503 with `ok: false` and the problem when the database is damaged or its disk full. */
export const HealthResponse = v.union([
  v.object({ ok: v.literal(true), ...HealthCommon }),
  v.object({ ok: v.literal(false), ...HealthCommon, problem: v.picklist(['db_damaged', 'disk_full']), message: v.string() }),
])
export type HealthResponse = v.InferOutput<typeof HealthResponse>
