/**
 * Request bodies and answers below this many bytes travel plain: a no-op pull is ~75 bytes, one edit pushed
 * ~300, and compressing them saves less than a compressed frame's header and the time to make it.
 */
export const COMPRESS_MIN_BYTES = 1024

/**
 * A compressed request body may grow at most this many times when the server inflates it: real pushes of the
 * demo school gzip 7–11×, a zip bomb 1,000×. The app sends a body that compresses better than this plain,
 * so the server's refusal is for bombs only (the body limit applies after inflating as well).
 */
export const MAX_EXPANSION = 100
