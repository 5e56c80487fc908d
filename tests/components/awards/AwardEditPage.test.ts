import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { arrivesAt, mountAt, settle } from '../mountPage.ts'

const personId = uuidv7()

beforeEach(async () => {
  await db.delete()
  await db.open()
  await mutate(db, 'people', personId, 'upsert', { name: 'Яковлева Ольга Петровна', category: 'teacher', classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 1, isMentee: 0, notes: '', partnerId: '' })
})
afterEach(() => {
  document.body.innerHTML = ''
})

function field(wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], label: string) {
  const labelEl = wrapper.findAll('label').find(l => l.text().replace(' *', '') === label)
  if (!labelEl)
    throw new Error(`no field labelled ${label}`)
  return wrapper.find(`#${CSS.escape(labelEl.attributes('for')!)}`)
}

describe('award form', () => {
  it('asks for the person and saves nothing without one', async () => {
    const { wrapper } = await mountAt('/monitoring/awards/new')
    await settle()
    await field(wrapper, 'Основание').setValue('Приказ № 45 от 20.05.2025')
    await wrapper.find('form').trigger('submit')
    await settle()
    const error = wrapper.find('.field--invalid')
    expect(error.find('label').text()).toContain('Кого поощрили')
    expect(error.find('[role="alert"]').text()).toBe('Выберите из списка')
    expect(await db.awards.count()).toBe(0)
    expect(await db.outbox.where('entity').equals('awards').count()).toBe(0)
  })

  it('saves the award with its outbox entry and lists it', async () => {
    const { wrapper, router } = await mountAt('/monitoring/awards/new')
    await settle()
    await field(wrapper, 'Кого поощрили').setValue(personId)
    await field(wrapper, 'Вид').setValue('letter')
    await field(wrapper, 'Дата').setValue('2025-05-20')
    await field(wrapper, 'Основание').setValue('  Приказ № 45 от 20.05.2025 ')
    await wrapper.find('form').trigger('submit')
    await settle()
    const [award] = await db.awards.toArray()
    expect(award).toMatchObject({ personId, programId: '', kind: 'letter', date: '2025-05-20', basis: 'Приказ № 45 от 20.05.2025', deleted: 0 })
    expect(await db.outbox.where('[entity+id]').equals(['awards', award!.id]).count()).toBe(1)
    await arrivesAt(router, '/monitoring/awards')
    await settle()
    expect(wrapper.text()).toContain('1 поощрение')
    // happy-dom's window is a desktop's: the award is a row of the table.
    expect(wrapper.find('tbody tr').text()).toContain('Яковлева Ольга Петровна')
    expect(wrapper.find('tbody tr').text()).toContain('благодарственное письмо')
  })

  it('deletes after confirmation, through the outbox', async () => {
    const id = uuidv7()
    await mutate(db, 'awards', id, 'upsert', { personId, programId: '', kind: 'diploma', date: '2025-05-20', basis: '', notes: '' })
    const { wrapper, router } = await mountAt(`/monitoring/awards/${id}`)
    await settle()
    const confirm = vi.fn(() => true)
    window.confirm = confirm
    await wrapper.findAll('button').find(b => b.text() === 'Удалить')!.trigger('click')
    await settle()
    expect(confirm).toHaveBeenCalledOnce()
    expect(await db.awards.get(id)).toMatchObject({ deleted: 1 })
    expect((await db.outbox.where('[entity+id]').equals(['awards', id]).toArray()).map(e => e.op)).toEqual(['upsert', 'delete'])
    await arrivesAt(router, '/monitoring/awards')
  })
})
