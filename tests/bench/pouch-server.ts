/*
 * The comparison's server, in a process of its own as ours is: express-pouchdb over PouchDB's memory adapter.
 * It counts the bytes of every response body it sends; GET /__bytes reads and resets the counter.
 * Prints the port on stdout once listening.
 */
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import expressPouchDB from 'express-pouchdb'
import PouchDB from 'pouchdb-core'
import memory from 'pouchdb-adapter-memory'
import mapreduce from 'pouchdb-mapreduce'
import replication from 'pouchdb-replication'

PouchDB.plugin(memory).plugin(mapreduce).plugin(replication)
const app = expressPouchDB(PouchDB.defaults({ adapter: 'memory' }), { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: join(tmpdir(), 'nastavnik-bench-pouch.log') })

let bytes = 0
let requests = 0
const server = createServer((request, response) => {
  if (request.url === '/__bytes') {
    response.setHeader('content-type', 'application/json')
    response.end(JSON.stringify({ bytes, requests }))
    bytes = 0
    requests = 0
    return
  }
  requests++
  const write = response.write.bind(response) as (chunk: unknown, ...rest: unknown[]) => boolean
  const end = response.end.bind(response) as (chunk?: unknown, ...rest: unknown[]) => typeof response
  const count = (chunk: unknown) => {
    if (typeof chunk === 'string')
      bytes += Buffer.byteLength(chunk)
    else if (chunk instanceof Uint8Array)
      bytes += chunk.byteLength
  }
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    count(chunk)
    return write(chunk, ...rest)
  }) as typeof response.write
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function')
      count(chunk)
    return end(chunk, ...rest)
  }) as typeof response.end
  app(request, response)
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`)
})
