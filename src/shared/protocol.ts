/**
 * The version of the HTTP/sync protocol spoken between app and server. Every request carries it
 * (header `x-protocol`); the server accepts this one and the previous one, so an app that stayed
 * offline behind the update prompt keeps working for weeks.
 */
/** 2: refusals carry a `problem` code and `params` instead of a Russian `reason` (which 1 still gets). */
export const PROTOCOL_VERSION = 2
export const OLDEST_SUPPORTED_PROTOCOL = 1
export const PROTOCOL_HEADER = 'x-protocol'
