import type { UnsentFile } from '../../src/app/sync/readUnsentFile.ts'
import { expect, statusStrip, syncNow, test } from './support/fixtures.ts'
import { enrollPhone, logMeeting, MENTEE, MENTOR, OTHER_MENTOR, schoolWithPair } from './support/phone.ts'

test('a week offline on the phone, then both sides converge; a pair taken away leaves the phone', async ({ page, browser, server }) => {
  // Two devices and several syncs: more than one person's walk through a screen.
  test.setTimeout(120_000)
  const { link } = await schoolWithPair(page, server)
  const phone = await enrollPhone(browser, phone => phone.goto(link).then(() => undefined))

  await phone.context().setOffline(true)
  await phone.getByRole('link', { name: new RegExp(MENTEE) }).tap()
  await logMeeting(phone, 'Знакомство и ожидания')
  await logMeeting(phone, 'Пробное занятие по математике')
  await phone.reload()
  await expect(phone.getByRole('link', { name: /Пробное занятие/ })).toBeVisible()
  // Each meeting and the plan item its kind ticked «выполнено».
  await expect(statusStrip(phone)).toContainText('4 ждут отправки')
  await expect(phone.getByRole('link', { name: /встреча-знакомство/ })).toBeVisible()

  await phone.context().setOffline(false)
  await syncNow(phone)
  await expect(statusStrip(phone)).toContainText('Всё отправлено')

  // The curator sees the meetings, and the curator's edit reaches the phone.
  await syncNow(page)
  await page.getByRole('link', { name: 'Пары', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(MENTOR) }).click()
  await expect(page.getByText('Пробное занятие по математике')).toBeVisible()
  await expect(page.getByText('Знакомство и ожидания')).toBeVisible()

  await page.getByRole('link', { name: 'Участники', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(MENTEE) }).click()
  await expect(page.getByRole('heading', { name: 'Карточка участника' })).toBeVisible()
  await page.getByLabel('Класс или группа').fill('8Б')
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await syncNow(page)
  await expect(statusStrip(page)).toContainText('Всё отправлено')
  await syncNow(phone)
  await expect(phone.getByText(`${MENTEE}, 8Б`)).toBeVisible()

  // The curator hands the pair to another mentor: it leaves the first mentor's phone, meetings and mentee too.
  await page.getByRole('link', { name: 'Пары', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(MENTOR) }).click()
  await expect(page.getByRole('heading', { name: `Пара: ${MENTOR}` })).toBeVisible()
  await page.getByLabel('Наставник').selectOption({ label: OTHER_MENTOR })
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await syncNow(page)
  await expect(statusStrip(page)).toContainText('Всё отправлено')

  await phone.getByRole('link', { name: 'Мои пары' }).tap()
  await syncNow(phone)
  await expect(phone.getByText('Куратор ещё не закрепил за вами пары')).toBeVisible()
  const left = await phone.evaluate(async () => {
    const open = indexedDB.open('nastavnik')
    const db = await new Promise<IDBDatabase>(resolve => open.onsuccess = () => resolve(open.result))
    const count = (store: string) => new Promise<number>((resolve) => {
      const request = db.transaction(store).objectStore(store).count()
      request.onsuccess = () => resolve(request.result)
    })
    return { pairs: await count('pairs'), meetings: await count('meetings'), people: await count('people') }
  })
  expect(left).toEqual({ pairs: 0, meetings: 0, people: 1 })
})

test('a revoked phone is told so and keeps its unsent meeting exportable', async ({ page, browser, server }) => {
  const { link } = await schoolWithPair(page, server)
  const phone = await enrollPhone(browser, phone => phone.goto(link).then(() => undefined))
  await phone.context().setOffline(true)
  await phone.getByRole('link', { name: new RegExp(MENTEE) }).tap()
  await logMeeting(phone, 'Разбор олимпиадных задач')

  await page.reload()
  const account = page.getByRole('listitem').filter({ hasText: `${MENTOR} · Наставник` })
  page.once('dialog', dialog => dialog.accept())
  await account.getByRole('button', { name: 'Отозвать' }).click()
  await expect(page.getByText(/отозвано/)).toBeVisible()

  await phone.context().setOffline(false)
  await syncNow(phone)
  await expect(phone.getByRole('alert')).toContainText('Доступ этого устройства отозван')
  await expect(statusStrip(phone)).toContainText('2 ждут отправки')
  const download = phone.waitForEvent('download')
  await phone.getByRole('button', { name: 'Выгрузить неотправленное' }).tap()
  const file = JSON.parse(await (await download).createReadStream().then(async (stream) => {
    let text = ''
    for await (const chunk of stream) text += chunk
    return text
  })) as UnsentFile
  expect(file.format).toBe('nastavnik-unsent')
  expect(file.mutations.map(m => m.entity)).toEqual(['meetings', 'planItems'])
  expect(file.mutations[0]?.fields.topic).toBe('Разбор олимпиадных задач')
  expect(file.mutations[1]?.fields).toEqual({ status: 'done' })
})
