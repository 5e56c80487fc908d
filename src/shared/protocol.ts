/**
 * The version of the HTTP/sync protocol spoken between app and server. Every request carries it
 * (header `x-protocol`); the server accepts this one and the previous one, so an app that stayed
 * offline behind the update prompt keeps working for weeks.
 */
/** 2: refusals carry a `problem` code and `params` instead of a Russian `reason` (which 1 still gets). */
export const PROTOCOL_VERSION = 2
export const OLDEST_SUPPORTED_PROTOCOL = 1
export const PROTOCOL_HEADER = 'x-protocol'

/**
 * The pull page's streamed form, for a client that asks for it in `Accept`: the head (`PullHead`) as the first
 * line, then each `Change` as a line of its own. The head comes before a single change, so the client asks for the
 * next page while this one still arrives, and it parses each change as it arrives rather than one whole
 * megabyte at the end, in one task that holds the page for 75 ms. JSON never has a raw newline inside a value.
 * Here rather than beside the schemas: the sync on the mentor's first screen needs it, and not valibot.
 */
export const PULL_STREAM_TYPE = 'application/x-ndjson'
