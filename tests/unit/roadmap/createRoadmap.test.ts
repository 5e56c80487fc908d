import { beforeEach, describe, expect, it } from 'vitest'
import { roadmapFromTemplate } from '#shared/roadmap/roadmaps'
import { BUILT_IN_TEMPLATES } from '#shared/roadmap/templates'
import { db } from '../../../src/app/db/index.ts'
import { createRoadmap } from '../../../src/app/features/roadmap/actions.ts'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

describe('createRoadmap', () => {
  it('writes the roadmap, every event and an outbox entry for each', async () => {
    const made = roadmapFromTemplate(BUILT_IN_TEMPLATES.students, 2026)
    await createRoadmap(made)
    expect(await db.roadmaps.get(made.id)).toMatchObject({ title: made.fields.title })
    expect(await db.roadmapEvents.count()).toBe(made.events.length)
    expect(await db.outbox.count()).toBe(made.events.length + 1)
  })

  it('writes nothing when one event cannot be stored: no events left without their roadmap', async () => {
    const made = roadmapFromTemplate(BUILT_IN_TEMPLATES.students, 2026)
    const last = made.events.at(-1)!
    // A function cannot be cloned into IndexedDB, so the last event's put fails after the others were written.
    last.fields = { ...last.fields, title: (() => 'x') as unknown as string }
    await expect(createRoadmap(made)).rejects.toThrow()
    expect(await db.roadmapEvents.count()).toBe(0)
    expect(await db.roadmaps.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })
})
