import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import StatusStrip from '../../src/app/components/StatusStrip.vue'
import { db } from '../../src/app/db/index.ts'
import type { BallotDraft } from '../../src/app/db/schema.ts'
import { writeMeta } from '../../src/app/db/meta.ts'
import { mutate } from '../../src/app/db/mutate.ts'
import { sendQueuedAnswers } from '../../src/app/features/surveys/answer/sendFromAnyPage.ts'
import { useSyncStatus } from '../../src/app/stores/syncStatus.ts'
import { sendAlongsideSync } from '../../src/app/sync/service.ts'
import { settle } from './mountPage.ts'

/** The window's width as the screen's media query sees it (happy-dom's own window is desk-wide). */
function screen(wide: boolean) {
  vi.stubGlobal('matchMedia', () => ({ matches: wide, addEventListener: () => {}, removeEventListener: () => {} }))
}

beforeEach(async () => {
  screen(false)
  await db.delete()
  await db.open()
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.unstubAllGlobals()
})

const line = (wrapper: ReturnType<typeof mount>) => wrapper.get('[role="status"] button')

/** Taps the line and waits for the details, which load on the first tap. */
async function openDetails(wrapper: ReturnType<typeof mount>) {
  await line(wrapper).trigger('click')
  await vi.waitFor(() => expect(wrapper.get('#sync-details').text()).not.toBe(''), { timeout: 10_000 })
}

describe('status line on a phone', () => {
  it('says everything is sent and when it last synced, in one line that opens the details', async () => {
    const wrapper = mount(StatusStrip)
    const today = new Date()
    today.setHours(9, 5, 0, 0)
    await writeMeta(db, 'lastSyncedAt', today.toISOString())
    await settle()
    expect(line(wrapper).text()).toMatch(/^В сети · Всё отправлено · 09:05/)
    expect(line(wrapper).attributes('aria-expanded')).toBe('false')
    expect(wrapper.find('#sync-details').exists()).toBe(false)

    await openDetails(wrapper)
    expect(line(wrapper).attributes('aria-expanded')).toBe('true')
    const details = wrapper.get('#sync-details')
    expect(details.text()).toContain('Синхронизировано:')
    expect(details.get('button').text()).toBe('Синхронизировать')
    // The line is the one live region: the details would say it all twice.
    expect(wrapper.findAll('[role="status"]')).toHaveLength(1)
  })

  it('counts what waits in the outbox with Russian plurals, and gives the day of an older sync', async () => {
    const wrapper = mount(StatusStrip)
    for (const id of ['a', 'b', 'c', 'd', 'e'])
      await mutate(db, 'programs', id, 'upsert', { name: id })
    await writeMeta(db, 'lastSyncedAt', new Date(2026, 10, 20, 8, 30).toISOString())
    await settle()
    expect(line(wrapper).text()).toMatch(/^В сети · 5 ждут отправки · 20\.11, 08:30/)
    await openDetails(wrapper)
    expect(wrapper.get('#sync-details').text()).toContain('Сохранено на устройстве · 5 изменений ждут отправки')
  })

  it('after a failed attempt says how long ago the last success was, and the details say why', async () => {
    const wrapper = mount(StatusStrip)
    await mutate(db, 'programs', 'a', 'upsert', { name: 'a' })
    await writeMeta(db, 'lastSyncedAt', new Date(Date.now() - 3 * 3_600_000 - 60_000).toISOString())
    useSyncStatus().reporter.finished('server')
    await settle()
    expect(line(wrapper).text()).toMatch(/^В сети · 1 ждёт отправки · 3 ч\.? назад/)
    expect(wrapper.get('.status-line__when').classes()).toContain('status-strip__failure')
    await openDetails(wrapper)
    expect(wrapper.get('#sync-details').text()).toContain('Сервер ответил ошибкой')
    expect(wrapper.get('#sync-details').text()).toContain('Последняя успешная синхронизация: 3 часа назад')
  })

  it('counts a survey answer saved offline as waiting, though it waits outside the outbox', async () => {
    const wrapper = mount(StatusStrip)
    const at = new Date().toISOString()
    const ballot = {} as BallotDraft['ballot']
    await db.ballotDrafts.bulkAdd([
      { code: 'AAAA-BBBB', ballot, answers: {}, status: 'queued', savedAt: at },
      { code: 'CCCC-DDDD', ballot, answers: {}, status: 'sent', savedAt: at },
    ])
    await settle()
    expect(line(wrapper).text()).toMatch(/^В сети · 1 ждёт отправки/)
    await mutate(db, 'programs', 'a', 'upsert', { name: 'a' })
    await settle()
    expect(line(wrapper).text()).toMatch(/^В сети · 2 ждут отправки/)
    await openDetails(wrapper)
    expect(wrapper.get('#sync-details').text()).toContain('Сохранено на устройстве · 1 изменение ждёт отправки · 1 ответ на анкету ждёт отправки')
    await db.ballotDrafts.update('AAAA-BBBB', { status: 'sent' })
    await settle()
    expect(line(wrapper).text()).toMatch(/^В сети · 1 ждёт отправки/)
  })

  it('sends a survey answer saved offline on «Синхронизировать», not half a minute later, and stops counting it', async () => {
    const answers: unknown[] = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      answers.push({ url, body: JSON.parse(init.body as string) })
      return Response.json({ accepted: true }, { status: 201 })
    }))
    const ballot = { campaignId: 'c', templateVersion: 1 } as BallotDraft['ballot']
    await db.ballotDrafts.add({ code: 'AAAA-BBBB', ballot, answers: { q1: 4 }, status: 'queued', savedAt: new Date().toISOString() })
    // As main.ts registers it.
    const stop = sendAlongsideSync(sendQueuedAnswers)
    const wrapper = mount(StatusStrip)
    await settle()
    expect(line(wrapper).text()).toMatch(/^В сети · 1 ждёт отправки/)
    await openDetails(wrapper)
    await wrapper.get('#sync-details button').trigger('click')
    await vi.waitFor(() => expect(line(wrapper).text()).toMatch(/^В сети · Всё отправлено/))
    expect(answers).toEqual([{ url: '/api/surveys/answer', body: { code: 'AAAA-BBBB', campaignId: 'c', templateVersion: 1, answers: { q1: 4 } } }])
    expect(await db.ballotDrafts.get('AAAA-BBBB')).toMatchObject({ status: 'sent' })
    stop()
  })

  it('says a fresh device never synced', async () => {
    const wrapper = mount(StatusStrip)
    await settle()
    expect(line(wrapper).text()).toContain('В сети · Всё отправлено · Ещё не синхронизировалось')
  })
})

describe('status strip on the curator\'s desk', () => {
  it('shows the details and the button at once, as a live region', async () => {
    screen(true)
    const wrapper = mount(StatusStrip)
    await settle()
    const status = wrapper.get('[role="status"]')
    expect(status.text()).toContain('Всё отправлено')
    expect(status.text()).toContain('Ещё не синхронизировалось')
    expect(wrapper.get('button').text()).toBe('Синхронизировать')
  })
})
