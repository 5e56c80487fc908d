import type { Change, PullHead, PullResponse } from '#shared/sync/protocol'
import { PULL_STREAM_TYPE } from '#shared/protocol'
import { ApiFailure } from '../api/client.ts'
import { settled } from './settled.ts'

/** A pull page as it arrives: its head once its first line is in, its changes once the last one is. */
export interface PulledPage {
  head: PullHead
  changes: Promise<Change[]>
}

/** A page that came whole (the JSON form, a test's transport). */
export function wholePage({ changes, ...head }: PullResponse): PulledPage {
  return { head, changes: Promise.resolve(changes) }
}

/** What the client asks for: lines where it can read a stream of text, else the one JSON document. */
export const PULL_ACCEPT = typeof TextDecoderStream === 'function' ? `${PULL_STREAM_TYPE}, application/json` : 'application/json'

/**
 * The answer's lines as the network hands the body over: each chunk's complete lines are parsed in the task that
 * received it. A body cut short is a lost connection, as a failed request is.
 */
async function* linesOf(body: ReadableStream<Uint8Array<ArrayBuffer>>): AsyncGenerator<string> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader()
  let rest = ''
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done)
        break
      const lines = (rest + value).split('\n')
      rest = lines.pop() ?? ''
      yield* lines
    }
  } catch {
    throw new ApiFailure(0, null)
  }
  if (rest)
    yield rest
}

async function changesOf(lines: AsyncGenerator<string>): Promise<Change[]> {
  const changes: Change[] = []
  for await (const line of lines) {
    if (line)
      changes.push(JSON.parse(line) as Change)
  }
  return changes
}

/** A successful pull's answer, in either form (`PULL_STREAM_TYPE`: the head's line, then a line per change). */
export async function readPulledPage(response: Response): Promise<PulledPage> {
  if (!response.body || !response.headers.get('content-type')?.startsWith(PULL_STREAM_TYPE))
    return wholePage(await response.json() as PullResponse)
  const lines = linesOf(response.body)
  const head = await lines.next()
  if (head.done)
    throw new ApiFailure(0, null)
  return { head: JSON.parse(head.value) as PullHead, changes: settled(changesOf(lines)) }
}
