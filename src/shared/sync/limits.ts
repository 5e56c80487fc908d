/** The protocol's sizes, apart from its valibot schemas: the client's sync loop needs them on the first screen. */

/** The client keeps each push under this many mutations and bytes, below the server's body limit. */
export const PUSH_BATCH_MAX = 500
export const PUSH_BATCH_MAX_BYTES = 512 * 1024
export const SERVER_BODY_LIMIT = 1024 * 1024
/** Rows per pull page: the client asks again while `more` is true. */
export const PULL_PAGE_ROWS = 2000
/**
 * Rows of the page a push's answer brings (`pulled`): a day's news whole, while a big catch-up goes on in pages of
 * lines, as the answer's JSON is parsed in one task on the device.
 */
export const PULLED_WITH_PUSH_ROWS = 250

/**
 * A device counts its seqs from 1; one near 2^53 would leave no room above it that a double still tells apart,
 * so a later seq would read as a duplicate and be dropped. Far beyond any honest device's count.
 */
export const SEQ_MAX = 2 ** 50
