import fc from 'fast-check'

/*
 * Arbitraries for hostile requests: what a broken app, a curious pupil with curl, or a scanner sends.
 * Each is small on purpose; tests/server/fuzz.test.ts combines them per endpoint.
 */

const DEEP = 20_000

/** Raw bodies that are not the JSON a route expects, or not JSON at all. */
export const rawBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    'null',
    '[]',
    '"text"',
    '1e999',
    '-0',
    'NaN',
    '\uFEFF{}',
    '{"a":1,"a":2}',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '\u0000',
    '['.repeat(DEEP) + ']'.repeat(DEEP),
    '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP),
  ),
  fc.string({ unit: 'binary', maxLength: 200 }),
)

/** A JSON value that is wrong where something else was expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    0,
    -1,
    -0,
    1e308,
    -1e308,
    2 ** 31,
    2 ** 53 + 2,
    Number.MIN_VALUE,
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\uD800',
    '\u202Eевд',
    '<img src=x onerror=alert(1)><script>alert(2)</script>',
    '\'; DROP TABLE users; --',
    '__proto__',
    'constructor',
    '2024-02-30',
    '9999-99-99',
    '00000000-0000-0000-0000-000000000000',
    '../../../../etc/passwd',
    [],
    {},
    [[[[[[[[[[[]]]]]]]]]]],
  ),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.integer({ min: 1_000, max: 300_000 }).map(n => 'я'.repeat(n)),
  fc.uuid(),
  fc.jsonValue({ maxDepth: 3 }),
)

/** Keys a parser or a merge might treat specially. */
const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', '\u0000', 'a.b', '$where', 'updatedAt', 'schoolId', 'version', 'deleted'),
  fc.string({ unit: 'grapheme', maxLength: 70 }),
)

/** Paths to the leaves (and inner nodes) of a JSON value, so one can be swapped for something hostile. */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value))
    return [at, ...value.flatMap((item, i) => paths(item, [...at, i]))]
  if (typeof value === 'object' && value !== null)
    return [at, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]))]
  return [at]
}

function setAt(root: unknown, path: Array<string | number>, make: (old: unknown) => unknown): unknown {
  if (path.length === 0)
    return make(root)
  const [head, ...rest] = path as [string | number, ...Array<string | number>]
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) }) as Record<string | number, unknown>
  // defineProperty, so a key like __proto__ becomes an own property, as JSON.parse would make it.
  Object.defineProperty(copy, head, { value: setAt(copy[head], rest, make), enumerable: true, writable: true, configurable: true })
  return copy
}

/** A valid body with one hostile change: a value replaced, a key added, or a container turned inside out. */
export function mutatedBody(valid: unknown): fc.Arbitrary<unknown> {
  const where = fc.constantFrom(...paths(valid))
  return fc.oneof(
    fc.tuple(where, hostileValue).map(([path, value]) => setAt(valid, path, () => value)),
    fc.tuple(where, hostileKey, hostileValue).map(([path, key, value]) => setAt(valid, path, (old) => {
      if (typeof old !== 'object' || old === null)
        return { [key]: value }
      const copy = Array.isArray(old) ? [...(old as unknown[])] : { ...old }
      Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true })
      return copy
    })),
    fc.tuple(where, fc.integer({ min: 2, max: 2_000 })).map(([path, n]) => setAt(valid, path, old => Array.from({ length: n }, () => old))),
    where.map(path => setAt(valid, path, old => [old])),
  )
}

/** A path segment: a real id, a wrong one, or bytes a router has to survive. */
export function pathParam(known: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...known),
    fc.uuid(),
    fc.constantFrom('%', '%zz', '%00', '%E0%A4%A', '%F0%9F%98%80', '..%2F..%2Fetc%2Fpasswd', '__proto__', 'constructor', 'x'.repeat(5_000), '%20', '-1', '1e999'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).map(encodeURIComponent),
  )
}

export const queryString: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '?year=abc',
    '?year=2025',
    '?year=99999999999999999999',
    '?year=2025&year=2026',
    '?year[]=2025',
    '?against=',
    '?against=a&against=b',
    '?against=__proto__',
    '?__proto__=1',
    '?__proto__[polluted]=1',
    '?constructor[prototype][polluted]=1',
    '?%zz=%zz',
    '?campaignId=%00',
  ),
  fc.tuple(fc.constantFrom('year', 'against', 'campaignId', '__proto__'), fc.string({ unit: 'grapheme', maxLength: 40 }))
    .map(([key, value]) => `?${key}=${encodeURIComponent(value)}`),
)

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7E }).map(c => String.fromCharCode(c)), maxLength: 60 })

export const protocolHeader: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('1', '0', '-1', '', ' 1', '1.0', '1e3', '99999999999999999999', 'abc'),
  printable,
)

export const contentType: fc.Arbitrary<string | undefined> = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json, text/plain',
  undefined,
)

/** Authorization headers that are not a session: missing, malformed, other schemes, made-up tokens. */
export const badAuthorization: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constantFrom(undefined, '', 'Bearer', 'Bearer ', 'Basic c21pcm5vdmE6eA==', 'bearer null', 'Bearer undefined', `Bearer ${'a'.repeat(10_000)}`),
  printable.map(token => `Bearer ${token}`),
)
