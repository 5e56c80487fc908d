import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BallotDraft } from '../../../src/app/db/schema.ts'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { sendQueuedAnswers } from '../../../src/app/features/surveys/answer/sendFromAnyPage.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { sendAlongsideSync } from '../../../src/app/sync/service.ts'
import { arrivesAt, mountAt, settle } from '../mountPage.ts'

/** The server: unreachable until `up` says otherwise, then it takes survey answers and sign-outs. */
function server() {
  const state = { up: false, answers: 0 }
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    if (!state.up)
      throw new TypeError('Failed to fetch')
    if (url === '/api/surveys/answer')
      state.answers++
    return url === '/api/auth/logout' ? new Response(null, { status: 204 }) : Response.json({ accepted: true }, { status: 201 })
  }))
  return state
}

/** Survey answers a student saved on this computer with no network, waiting outside the outbox. */
async function queueAnswers(...codes: string[]) {
  const ballot = { campaignId: 'c', templateVersion: 1 } as BallotDraft['ballot']
  await db.ballotDrafts.bulkAdd(codes.map(code => ({ code, ballot, answers: {}, status: 'queued' as const, savedAt: new Date().toISOString() })))
}

async function settings() {
  const mounted = await mountAt('/settings', [], () => useSession().load())
  await settle()
  await mounted.wrapper.findAll('button').find(b => b.text() === 'Выйти')!.trigger('click')
  await settle()
  return mounted
}
const dialog = () => document.querySelector('[role="alertdialog"]')
const title = () => [...document.querySelectorAll('#sign-out-title p')].map(p => p.textContent)
const buttons = () => [...dialog()!.querySelectorAll('button')].map(b => b.textContent)
const press = (label: string) => [...dialog()!.querySelectorAll('button')].find(b => b.textContent === label)!.click()

// As main.ts registers it: a sync sends the queued survey answers too.
let stopSending: () => void
beforeEach(async () => {
  stopSending = sendAlongsideSync(sendQueuedAnswers)
  await db.delete()
  await db.open()
  await writeMeta(db, 'session', { token: 't', user: { id: 'u', name: 'Куратор', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  stopSending()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('signing out with something unsent', () => {
  it('warns of queued survey answers too, counted in Russian, for the whole database goes and they with it', async () => {
    server()
    for (const id of ['a', 'b', 'c', 'd', 'e'])
      await mutate(db, 'programs', id, 'upsert', { name: id })
    await queueAnswers('AAAA-BBBB', 'CCCC-DDDD')
    const { router } = await settings()
    expect(title()).toEqual(['На устройстве 5 неотправленных изменений', 'На устройстве 2 неотправленных ответа на анкету'])
    expect(dialog()?.textContent).toContain('После выхода ответы на анкеты пропадут, а в файл они не выгружаются: отправьте их.')
    expect(buttons()).toEqual(['Отправить и выйти', 'Выгрузить в файл', 'Выйти без отправки', 'Отмена'])

    press('Выйти без отправки')
    await arrivesAt(router, '/login')
    expect(await db.ballotDrafts.count(), 'what the warning says: the answers went with the database').toBe(0)
  })

  it('asks with only answers waiting, offers no file for them, and stays signed in while they cannot leave', async () => {
    const network = server()
    await queueAnswers('AAAA-BBBB')
    const { router } = await settings()
    expect(title()).toEqual(['На устройстве 1 неотправленный ответ на анкету'])
    expect(buttons()).toEqual(['Отправить и выйти', 'Выйти без отправки', 'Отмена'])

    press('Отправить и выйти')
    await vi.waitFor(() => expect(document.querySelector('[role="alert"]')?.textContent).toBe('Отправить не удалось: нет связи с сервером. Ответы на анкеты уйдут сами, когда связь появится: выйдите после этого.'))
    expect(await db.ballotDrafts.get('AAAA-BBBB')).toMatchObject({ status: 'queued' })
    expect(router.currentRoute.value.path).toBe('/settings')

    network.up = true
    press('Отправить и выйти')
    await arrivesAt(router, '/login')
    expect(network.answers).toBe(1)
    expect(useSession().user).toBeUndefined()
  })

  it('signs out at once when nothing waits (an answer already sent is not waiting)', async () => {
    server()
    await queueAnswers('AAAA-BBBB')
    await db.ballotDrafts.update('AAAA-BBBB', { status: 'sent' })
    const { router } = await settings()
    await arrivesAt(router, '/login')
    expect(dialog()).toBeNull()
  })
})
