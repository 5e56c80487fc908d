import { readFileSync } from 'node:fs'

/** Read once with fs rather than imported, so the server needs no JSON import attributes. */
export function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown }
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0'
}
