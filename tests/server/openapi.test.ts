import type { TestServer } from './helpers/server.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { json, startTestServer } from './helpers/server.ts'

interface Document {
  openapi: string
  paths: Record<string, Record<string, unknown>>
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
