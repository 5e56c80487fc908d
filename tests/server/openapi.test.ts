import type { TestServer } from './helpers/server.ts'
import { Ajv2020 } from 'ajv/dist/2020.js'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PullRequest, PushRequest } from '#shared/sync/protocol'
import { json, startTestServer } from './helpers/server.ts'

interface Document {
  openapi: string
  paths: Record<string, Record<string, unknown>>
  components: { schemas: Record<string, object> }
  [key: string]: unknown
}

/**
 * Every (method, path) Fastify has registered, read from `printRoutes({ commonPrefix: false })`: a tree whose
 * lines are `│   ├── /segment (GET, HEAD)`, four columns per level, each segment continuing its parent's path.
 */
function registeredRoutes(tree: string): Array<{ method: string, path: string }> {
  const routes: Array<{ method: string, path: string }> = []
  const stack: string[] = []
  for (const line of tree.split('\n')) {
    const match = /^(.*?)[├└]── (\S+)(?: \(([A-Z, ]+)\))?$/.exec(line)
    if (!match)
      continue
    const depth = match[1]!.length / 4
    stack.length = depth
    stack.push(match[2]!)
    const path = stack.join('')
    for (const method of match[3]?.split(', ') ?? [])
      routes.push({ method, path })
  }
  return routes
}

describe('GET /api/openapi.json', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer('sqlite')
  })
  afterAll(() => server?.close())

  it('is public OpenAPI 3.1 JSON', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/openapi.json' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    expect(json<Document>(response)).toMatchObject({ openapi: '3.1.0', info: { title: 'Наставник API' } })
  })

  it('describes every route the server registers under /api, and no other', async () => {
    const document = json<Document>(await server.app.inject({ method: 'GET', url: '/api/openapi.json' }))
    const routes = registeredRoutes(server.app.printRoutes({ commonPrefix: false })).filter(r => r.path.startsWith('/api/'))
    // The parse itself is checked, so an empty list cannot pass for a complete one.
    expect(routes).toContainEqual({ method: 'POST', path: '/api/users/:id/enrollment' })
    expect(routes.length).toBeGreaterThanOrEqual(14)

    const registered = new Set<string>()
    for (const { method, path } of routes) {
      const openApiPath = path.replace(/:(\w+)/g, '{$1}')
      // HEAD is the twin Fastify adds to every GET.
      const described = method === 'HEAD' ? 'get' : method.toLowerCase()
      expect(document.paths[openApiPath]?.[described], `${method} ${path}`).toBeDefined()
      registered.add(`${described} ${openApiPath}`)
    }
    const documented = Object.entries(document.paths).flatMap(([path, ops]) => Object.keys(ops).map(method => `${method} ${path}`))
    expect(new Set(documented)).toEqual(registered)
  })

  it('declares every path template\'s parameters, and gives every operation an answer', async () => {
    const document = json<Document>(await server.app.inject({ method: 'GET', url: '/api/openapi.json' }))
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations as Record<string, { parameters: Array<{ name?: string, in?: string }>, responses: object }>)) {
        const declared = operation.parameters.filter(p => p.in === 'path').map(p => p.name)
        expect(declared, `${method} ${path}`).toEqual([...path.matchAll(/\{(\w+)\}/g)].map(m => m[1]))
        expect(Object.keys(operation.responses).length, `${method} ${path}`).toBeGreaterThan(0)
      }
    }
  })

  it('has every $ref pointing at a component that exists', async () => {
    const text = (await server.app.inject({ method: 'GET', url: '/api/openapi.json' })).body
    const document = JSON.parse(text) as Document
    const refs = [...text.matchAll(/"\$ref":"#\/([^"]+)"/g)].map(m => m[1]!)
    expect(refs.length).toBeGreaterThan(20)
    for (const ref of new Set(refs)) {
      const target = ref.split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document)
      expect(target, ref).toBeDefined()
    }
  })
})

describe('the document\'s schemas', () => {
  let document: Document
  // Strict: an unknown keyword or format, or a schema off the 2020-12 meta-schema, fails to compile.
  // Formats are annotations in 2020-12: known here, not checked.
  const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { 'date-time': true } })
  ajv.addKeyword('components')
  beforeAll(async () => {
    const server = await startTestServer('sqlite')
    document = json<Document>(await server.app.inject({ method: 'GET', url: '/api/openapi.json' }))
    await server.close()
    ajv.addSchema({ $id: 'openapi', components: document.components })
  })
  const compiled = (name: string) => {
    const validate = ajv.getSchema(`openapi#/components/schemas/${name}`)
    if (!validate)
      throw new Error(`no component ${name}`)
    return validate
  }

  it('are valid JSON Schema 2020-12, every one', () => {
    const names = Object.keys(document.components.schemas)
    expect(names).toContain('Fields.meetings')
    for (const name of names)
      expect(() => compiled(name), name).not.toThrow()
  })

  const id = '01890a5d-ac96-774b-bcce-b302099a8057'
  const mutation = { seq: 1, entity: 'meetings', id, op: 'upsert', fields: { topic: 'Знакомство' }, at: '2026-03-02T10:00:00Z' }
  const pushes: Record<string, unknown> = {
    'a batch': { protocol: 3, clientId: id, mutations: [mutation] },
    'an empty batch with a key of a newer app': { protocol: 3, clientId: id, mutations: [], extra: 1 },
    'seq 0': { protocol: 3, clientId: id, mutations: [{ ...mutation, seq: 0 }] },
    'a fractional seq': { protocol: 3, clientId: id, mutations: [{ ...mutation, seq: 1.5 }] },
    'a client id that is no UUID': { protocol: 3, clientId: 'phone', mutations: [] },
    'an unknown op': { protocol: 3, clientId: id, mutations: [{ ...mutation, op: 'merge' }] },
    'a mutation without `at`': { protocol: 3, clientId: id, mutations: [{ ...mutation, at: undefined }] },
    'a field name over 64 characters': { protocol: 3, clientId: id, mutations: [{ ...mutation, fields: { ['x'.repeat(65)]: 1 } }] },
    'no protocol': { clientId: id, mutations: [] },
    'an array': [],
  }
  it.each(Object.entries(pushes))('PushRequest: the JSON Schema and valibot agree on %s', (_, body) => {
    const sample = JSON.parse(JSON.stringify(body)) as unknown
    expect(compiled('PushRequest')(sample)).toBe(v.is(PushRequest, sample))
  })

  it('PullRequest: the JSON Schema and valibot agree', () => {
    for (const sample of [{ protocol: 3, cursor: null }, { protocol: 3, cursor: '12.ab' }, { protocol: 3, cursor: 'x'.repeat(201) }, { protocol: 3 }, { cursor: null }])
      expect(compiled('PullRequest')(sample), JSON.stringify(sample)).toBe(v.is(PullRequest, sample))
  })

  it('is looser than valibot only where a custom check runs (NUL in an entity name)', () => {
    const sample = { protocol: 3, clientId: id, mutations: [{ ...mutation, entity: 'meet\u0000ings' }] }
    expect(v.is(PushRequest, sample)).toBe(false)
    expect(compiled('PushRequest')(sample)).toBe(true)
  })
})
