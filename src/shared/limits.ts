/**
 * Numbers and patterns the schemas enforce and the UI quotes or checks. They live apart from the valibot schemas
 * so that the mentor's first screen (problem texts, reminders, the device key) imports them without the validator.
 */

export const MIN_MEETING_MINUTES = 5
export const MAX_MEETING_MINUTES = 600

/** Pairs with no meeting for this many days stand out on the mentor's home and the curator's dashboard. */
export const STALE_PAIR_DAYS = 21

/** Years of стаж: a whole number a working life can reach. */
export const MAX_EXPERIENCE_YEARS = 70

export const PASSWORD_MIN = 8

/** The key a browser keeps for its sign-ins (`LoginRequest.deviceKey`). */
export const DEVICE_KEY_PATTERN = /^[\w-]{32,128}$/
