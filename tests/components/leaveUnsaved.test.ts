import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../src/app/db/index.ts'
import { arrivesAt, labelled, mountAt, settle } from './mountPage.ts'

beforeEach(async () => {
  await db.delete()
  await db.open()
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

/** A curator's new card with a name typed in, the browser's dialog answering `answer` before input is lost. */
async function typedCard(answer: boolean) {
  const ask = vi.fn((_question: string) => answer)
  vi.stubGlobal('confirm', ask)
  const { wrapper, router } = await mountAt('/people/new')
  await settle()
  const name = labelled('ФИО', HTMLInputElement)
  name.value = 'Кузнецова Мария Ивановна'
  name.dispatchEvent(new Event('input'))
  await settle()
  return { wrapper, router, ask }
}

describe('input not yet saved on a curator\'s form', () => {
  it('is not lost by a tap on the menu: the page asks, and stays when told to', async () => {
    const { router, ask } = await typedCard(false)
    await router.push('/pairs')
    expect(ask).toHaveBeenCalledWith('Введённое не сохранено. Уйти со страницы?')
    expect(router.currentRoute.value.path).toBe('/people/new')
    expect(labelled('ФИО', HTMLInputElement).value).toBe('Кузнецова Мария Ивановна')
  })

  it('is left behind when the curator says so', async () => {
    const { router } = await typedCard(true)
    await router.push('/pairs')
    await arrivesAt(router, '/pairs')
  })

  it('asks nothing when the curator presses the form\'s own «Отмена»: dropping the input is what it says', async () => {
    const { wrapper, router, ask } = await typedCard(false)
    await wrapper.findAll('a').find(a => a.text() === 'Отмена')!.trigger('click')
    await arrivesAt(router, '/people')
    expect(ask).not.toHaveBeenCalled()
  })

  it('asks nothing once saved, nor for a change of the query that keeps the page', async () => {
    const { wrapper, router, ask } = await typedCard(false)
    await router.push('/people/new?as=mentor')
    expect(router.currentRoute.value.fullPath).toBe('/people/new?as=mentor')
    await wrapper.get('form').trigger('submit')
    await arrivesAt(router, '/people')
    expect(ask).not.toHaveBeenCalled()
    expect(await db.people.count()).toBe(1)
  })
})
