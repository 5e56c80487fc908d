import type { Device, UserSummary } from '#shared/api/users'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { writeMeta } from '../../../src/app/db/meta.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { useSession } from '../../../src/app/stores/session.ts'
import { mountAt, settle } from '../mountPage.ts'

const CURATOR = uuidv7()
const phone: Device = { id: uuidv7(), name: '', createdAt: '2026-09-01T09:00:00.000Z', lastSeenAt: '2026-10-01T09:00:00.000Z', lastSyncAt: '2026-10-01T09:00:00.000Z', revokedAt: null, description: 'Android, Chrome 124' }
const account = (more: Partial<UserSummary>): UserSummary => ({ id: uuidv7(), name: '', role: 'mentor', personId: null, login: null, title: null, disabledAt: null, devices: [], ...more })

/** The server's side of the accounts, kept in memory; `calls` records what the page sent. */
function serve() {
  const users = [
    account({ id: CURATOR, name: 'Шиловская Яна Андреевна', role: 'curator', login: 'shilovskaya' }),
    account({ name: 'Котов Артём', role: 'mentor', personId: uuidv7(), devices: [{ ...phone }] }),
    account({ name: 'Орлова Нина Павловна', role: 'observer', login: 'orlova', title: 'Директор' }),
  ]
  const calls: Array<[string, string, unknown]> = []
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET'
    const body = typeof init.body === 'string' ? JSON.parse(init.body) as unknown : undefined
    calls.push([method, url, body])
    if (url === '/api/users' && method === 'GET')
      return Response.json(users)
    if (url === '/api/users' && method === 'POST') {
      const { name, personId } = body as { name: string, personId: string }
      users.push(account({ name, personId }))
      return Response.json(users.at(-1), { status: 201 })
    }
    if (/\/enrollment$/.test(url))
      return Response.json({ code: 'K7RM-2XDP', path: '/enroll/K7RM-2XDP', expiresAt: '2026-12-31T12:00:00.000Z', replaced: true })
    if (/\/password$/.test(url))
      return Response.json({ password: 'луна-сосна-перо', signedOut: 2 })
    const renamed = /^\/api\/devices\/([^/]+)\/name$/.exec(url)
    if (renamed) {
      users[1]!.devices[0]!.name = (body as { name: string }).name
      return new Response(null, { status: 204 })
    }
    throw new TypeError('Failed to fetch')
  })
  vi.stubGlobal('fetch', fetch)
  return { users, calls }
}

async function open() {
  const { wrapper } = await mountAt('/users', [], () => useSession().load())
  await settle()
  return wrapper
}
const card = (wrapper: Awaited<ReturnType<typeof open>>, name: string) => wrapper.findAll('li.account').find(li => li.text().includes(name))!
const button = (wrapper: ReturnType<typeof card>, label: string) => wrapper.findAll('button').find(b => b.text() === label)!

beforeEach(async () => {
  await db.delete()
  await db.open()
  await writeMeta(db, 'session', { token: 't', user: { id: CURATOR, name: 'Шиловская Я. А.', role: 'curator', schoolId: 's', schoolName: 'Школа', personId: null } })
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('the curator\'s accounts page', () => {
  it('says before a new phone code that it cancels the previous one, and after it that the previous one no longer works', async () => {
    const { users, calls } = serve()
    const wrapper = await open()
    const mentor = card(wrapper, 'Котов Артём')
    expect(mentor.text()).toContain('Новый код отменяет прежний, если тот ещё не использован. Уже подключённые устройства продолжают работать.')
    expect(mentor.text()).not.toContain('Прежний код больше не действует')
    await button(mentor, 'Новый код для телефона').trigger('click')
    await settle()
    const after = card(wrapper, 'Котов Артём')
    expect(after.find('.banner--warn').text()).toBe('Прежний код больше не действует: передайте этот.')
    expect(after.text()).toContain('Код: K7RM-2XDP')
    expect(calls).toContainEqual(['POST', `/api/users/${users[1]!.id}/enrollment`, {}])
    // Staff sign in with a password: no phone code is offered to them.
    expect(button(card(wrapper, 'Орлова Нина Павловна'), 'Новый код для телефона')).toBeUndefined()
  })

  it('shows a staff account\'s new password once, after the curator confirms, with the devices it signed out', async () => {
    const { users, calls } = serve()
    const confirm = vi.fn(() => true)
    vi.stubGlobal('confirm', confirm)
    const wrapper = await open()
    // The curator's own account offers no reset of its own password here.
    expect(button(card(wrapper, 'Шиловская Яна Андреевна'), 'Новый пароль')).toBeUndefined()
    await button(card(wrapper, 'Орлова Нина Павловна'), 'Новый пароль').trigger('click')
    await settle()
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Выдать «Орлова Нина Павловна» новый пароль?'))
    expect(calls).toContainEqual(['POST', `/api/users/${users[2]!.id}/password`, {}])
    const banner = card(wrapper, 'Орлова Нина Павловна').find('.banner--warn')
    expect(banner.find('strong').text()).toBe('Новый пароль для orlova: луна-сосна-перо')
    expect(banner.text()).toContain('Устройств вышло из приложения: 2.')
  })

  it('renames a device, keeping what its browser said beside the given name', async () => {
    const { calls } = serve()
    const wrapper = await open()
    const mentor = card(wrapper, 'Котов Артём')
    expect(mentor.find('.device__name').text()).toBe('Android, Chrome 124')
    await button(mentor, 'Переименовать').trigger('click')
    await card(wrapper, 'Котов Артём').find('input[aria-label="Название устройства"]').setValue('Телефон Артёма')
    await card(wrapper, 'Котов Артём').find('form.device__rename').trigger('submit')
    await settle()
    expect(calls).toContainEqual(['PUT', `/api/devices/${phone.id}/name`, { name: 'Телефон Артёма' }])
    const device = card(wrapper, 'Котов Артём').find('li.device')
    expect(device.find('.device__name').text()).toBe('Телефон Артёма')
    expect(device.text()).toContain('Android, Chrome 124')
  })

  it('grants access to the mentors selected at once, and prints their sign-in cards together', async () => {
    const { calls } = serve()
    for (const name of ['Белова Ирина', 'Зорина Анна', 'Ким Дарья'])
      await mutate(db, 'people', uuidv7(), 'upsert', { name, isMentor: 1 })
    const wrapper = await open()
    const rows = () => wrapper.findAll('.card--row')
    expect(rows().map(r => r.find('.card__title').text())).toEqual(['Белова Ирина', 'Зорина Анна', 'Ким Дарья'])
    await rows()[0]!.find('input[type="checkbox"]').setValue(true)
    await rows()[2]!.find('input[type="checkbox"]').setValue(true)
    const grant = wrapper.findAll('.bulk-bar button').find(b => b.text() === 'Выдать доступ выбранным (2)')!
    await grant.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('.banner[role="status"]').text()).toBe('Доступ выдан 2 участникам: карточки для входа ниже'), { timeout: 10_000 })
    expect(calls.filter(([method, url]) => method === 'POST' && url === '/api/users').map(([, , body]) => (body as { name: string }).name)).toEqual(['Белова Ирина', 'Ким Дарья'])
    expect(calls.filter(([, url]) => url.endsWith('/enrollment'))).toHaveLength(2)
    // Only the one left without access is still offered.
    await settle()
    expect(rows().map(r => r.find('.card__title').text())).toEqual(['Зорина Анна'])
    const sheet = wrapper.find('.users-page__sheet')
    expect(sheet.findAll('.cut-card').map(c => c.attributes('aria-label'))).toEqual(['Белова Ирина', 'Ким Дарья'])
    const print = vi.fn()
    vi.stubGlobal('print', print)
    await wrapper.findAll('button').find(b => b.text() === 'Напечатать карточки для входа (2)')!.trigger('click')
    expect(print).toHaveBeenCalledOnce()
  })

  it('grants a young teacher access as a mentee from a folded list, and counts the page\'s grants together (seed 004)', async () => {
    const { calls } = serve()
    await mutate(db, 'people', uuidv7(), 'upsert', { name: 'Белова Ирина', isMentor: 1 })
    await mutate(db, 'people', uuidv7(), 'upsert', { name: 'Петров Илья', isMentee: 1 })
    const wrapper = await open()
    const [mentors, mentees] = wrapper.findAll('details.without-access')
    expect(mentors!.find('summary').text()).toBe('Наставники без доступа (1)')
    expect(mentees!.find('summary').text()).toBe('Наставляемые без доступа (1)')
    expect([mentors!.attributes('open'), mentees!.attributes('open')]).toEqual(['', undefined])
    expect(mentees!.text()).toContain('Доступ с телефона нужен наставляемому для именных анкет.')
    await mentees!.findAll('button').find(b => b.text() === 'Выдать доступ')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('.banner[role="status"]').text()).toBe('Доступ выдан 1 участнику: карточки для входа ниже'), { timeout: 10_000 })
    await settle()
    await wrapper.find('details.without-access').findAll('button').find(b => b.text() === 'Выдать доступ')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('.banner[role="status"]').text()).toBe('Доступ выдан 2 участникам: карточки для входа ниже'), { timeout: 10_000 })
    expect(calls.filter(([method, url]) => method === 'POST' && url === '/api/users').map(([, , body]) => body)).toMatchObject([{ name: 'Петров Илья', role: 'mentee' }, { name: 'Белова Ирина', role: 'mentor' }])
  })
})
