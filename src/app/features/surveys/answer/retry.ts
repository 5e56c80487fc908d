/** How often a queued survey answer is tried again while the app is open: the network may be back unannounced. */
export const ANSWER_RETRY_MS = 30_000
