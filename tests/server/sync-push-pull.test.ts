import type * as PullModule from '../../src/server/sync/pull.ts'
import { describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { recordRow } from './helpers/records.ts'
import { programFields, upsert, useSchoolServer } from './helpers/school.ts'

const failing = vi.hoisted(() => ({ pull: false }))

// The pull a push asks for fails (a pool timeout, a fault in one scope): the push itself is written by then.
vi.mock('../../src/server/sync/pull.ts', async (original) => {
  const real = await original<typeof PullModule>()
  return { ...real, pull: (...args: Parameters<typeof real.pull>) => failing.pull ? Promise.reject(new Error('the pull failed')) : real.pull(...args) }
})

describe('a push that asks for the pull', () => {
  const ctx = useSchoolServer('sqlite')

  it('is answered as written, without the page, when the pull after it fails: the device pulls as before', async () => {
    const { curator, schoolId } = ctx.school
    const id = uuidv7()
    failing.pull = true
    try {
      const sent = await curator.pushAndPull(null, upsert('programs', id, programFields('Записана, хотя pull упал')))
      expect(sent.results).toEqual([{ seq: curator.seq, status: 'applied' }])
      expect(sent.pulled).toBeUndefined()
    } finally {
      failing.pull = false
    }
    expect((await recordRow(ctx.server, schoolId, 'programs', id))!.data).toMatchObject({ name: 'Записана, хотя pull упал' })
    expect((await curator.pushAndPull(null)).pulled!.changes.map(c => c.id)).toContain(id)
  })
})
