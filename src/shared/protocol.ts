/**
 * The version of the HTTP/sync protocol spoken between app and server. Every request carries it
 * (header `x-protocol`); the server accepts this one and the previous one, so an app that stayed
 * offline behind the update prompt keeps working for weeks.
 */
export const PROTOCOL_VERSION = 1
export const OLDEST_SUPPORTED_PROTOCOL = 1
export const PROTOCOL_HEADER = 'x-protocol'
