import { describe, expect, it } from 'vitest'
import { PULL_STREAM_TYPE } from '#shared/protocol'
import type { Change, PullHead } from '#shared/sync/protocol'
import { ApiFailure } from '../../../src/app/api/client.ts'
import { readPulledPage } from '../../../src/app/sync/pullStream.ts'

const head: PullHead = { cursor: 'c1', reset: true, more: true, position: { from: 0, at: 2, head: 9 } }
const change = (id: string, name: string): Change => ({ entity: 'programs', id, version: 1, deleted: 0, fields: { name } })
const changes = [change('a', 'Ёлка «в лесу»\nвторая строка'), change('b', 'Программа 🎓')]

/** A body the test hands over a chunk at a time, as a slow line does. */
function trickle(): { response: Response, send: (bytes: Uint8Array) => void, end: () => void, fail: () => void } {
  let controller!: ReadableStreamDefaultController<Uint8Array>
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c
    },
  })
  return {
    response: new Response(body, { headers: { 'content-type': `${PULL_STREAM_TYPE}; charset=utf-8` } }),
    send: bytes => controller.enqueue(bytes),
    end: () => controller.close(),
    fail: () => controller.error(new TypeError('network error')),
  }
}

const bytesOf = (lines: unknown[]) => new TextEncoder().encode(lines.map(line => `${JSON.stringify(line)}\n`).join(''))

describe('readPulledPage', () => {
  it('gives the head as soon as its line is in, and the changes once the body ends, whatever the chunks cut', async () => {
    const stream = trickle()
    const all = bytesOf([head, ...changes])
    const headEnd = all.indexOf(10) + 1
    // The head cut in two, then the rest cut inside a Cyrillic letter's two bytes.
    const cyrillic = all.indexOf(0xD0, headEnd)
    stream.send(all.slice(0, 5))
    stream.send(all.slice(5, cyrillic + 1))
    const page = await readPulledPage(stream.response)
    expect(page.head).toEqual(head)
    let done = false
    void page.changes.then(() => {
      done = true
    })
    await new Promise(resolve => setTimeout(resolve, 10))
    expect(done).toBe(false)
    stream.send(all.slice(cyrillic + 1))
    stream.end()
    expect(await page.changes).toEqual(changes)
  })

  it('reads a head with no change and no final newline', async () => {
    const stream = trickle()
    stream.send(new TextEncoder().encode(JSON.stringify({ cursor: 'c2', reset: false, more: false })))
    stream.end()
    const page = await readPulledPage(stream.response)
    expect(page.head).toEqual({ cursor: 'c2', reset: false, more: false })
    expect(await page.changes).toEqual([])
  })

  it('fails as a lost connection when the body is cut short, before or after the head', async () => {
    const before = trickle()
    before.fail()
    await expect(readPulledPage(before.response)).rejects.toEqual(new ApiFailure(0, null))
    const after = trickle()
    after.send(bytesOf([head, changes[0]]))
    const page = await readPulledPage(after.response)
    after.fail()
    await expect(page.changes).rejects.toMatchObject({ status: 0 })
  })

  it('reads the one JSON document of a server that does not send lines', async () => {
    const response = new Response(JSON.stringify({ ...head, changes }), { headers: { 'content-type': 'application/json; charset=utf-8' } })
    const page = await readPulledPage(response)
    expect(page.head).toEqual(head)
    expect(await page.changes).toEqual(changes)
  })
})
