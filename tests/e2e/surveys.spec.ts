import { createProgram } from './support/curator.ts'
import { expect, openAsCurator, test } from './support/fixtures.ts'
import { answerAll, answerByApi, createCampaign, issueCards, openOnPhone } from './support/surveys.ts'

const PROGRAM = 'Ученик – ученик 2026/27'

test('a card answered offline on a phone is sent once online, and the curator sees the aggregate from 5 answers, then only in fives', async ({ page, browser, server }) => {
  await openAsCurator(page, server)
  await createProgram(page, PROGRAM)
  await createCampaign(page, PROGRAM)
  const codes = await issueCards(page, 6)
  expect(new Set(codes).size).toBe(6)
  const [first, ...others] = codes as [string, ...string[]]

  const phone = await openOnPhone(browser, server, first)
  await phone.context().setOffline(true)
  await answerAll(phone)
  // A half-filled form survives a reload: the answers are on the phone already.
  await phone.reload()
  await expect(phone.getByRole('radio', { name: '8', exact: true }).first()).toBeChecked()
  await phone.getByRole('button', { name: 'Отправить ответ' }).tap()
  await expect(phone.getByText('Ответ сохранён')).toBeVisible()
  // No form under it to take for a blank one: the answer is kept, not to be given again.
  await expect(phone.getByRole('button', { name: 'Отправить ответ' })).toHaveCount(0)
  await phone.reload()
  await expect(phone.getByText('Ответ сохранён')).toBeVisible()
  await expect(phone.getByRole('radio')).toHaveCount(0)
  await expect(phone.getByText('Ответ отправлен')).toHaveCount(0)

  await phone.context().setOffline(false)
  await expect(phone.getByText('Ответ отправлен')).toBeVisible()
  await phone.reload()
  await expect(phone.getByText('Ответ отправлен')).toBeVisible()

  await page.getByRole('link', { name: 'Анкеты', exact: true }).click()
  await page.getByRole('link', { name: 'Итоги' }).click()
  await expect(page.getByText('Ответов: 1. Итоги показываются')).toBeVisible()
  for (const code of others.slice(0, 3))
    expect(await answerByApi(server, code, 9)).toBe(201)
  // The phone's own card again: refused, not counted twice.
  expect(await answerByApi(server, first, 1)).toBe(409)
  await page.getByRole('button', { name: 'Обновить' }).click()
  await expect(page.getByText('Ответов: 4. Итоги показываются')).toBeVisible()
  await expect(page.getByRole('table')).toHaveCount(0)

  expect(await answerByApi(server, others[3]!, 5)).toBe(201)
  await page.getByRole('button', { name: 'Обновить' }).click()
  await expect(page.getByText('В итогах 5 из 5 ответов')).toBeVisible()
  await expect(page.getByText('Анонимные ответы входят в итоги пятёрками')).toBeVisible()
  // Four cards gave 8 or 9 on every satisfaction item, one gave 5.
  await expect(page.getByText('Уровень удовлетворённости: 80 % (4 из 5')).toBeVisible()
  await expect(page.getByRole('row', { name: /Насколько вы удовлетворены участием в программе/ })).toContainText('8,0')

  // A sixth answer is received, not counted: the figures stay those of the first five until the tenth.
  expect(await answerByApi(server, others[4]!, 1)).toBe(201)
  await page.getByRole('button', { name: 'Обновить' }).click()
  await expect(page.getByText('В итогах 5 из 6 ответов')).toBeVisible()
  await expect(page.getByText('Уровень удовлетворённости: 80 % (4 из 5')).toBeVisible()
  await expect(page.getByRole('row', { name: /Насколько вы удовлетворены участием в программе/ })).toContainText('8,0')

  await page.goBack()
  await page.getByRole('link', { name: 'Карточки' }).click()
  await expect(page.getByText('Выпущено: 6, ответили: 6')).toBeVisible()
})

test('an answer saved offline leaves from whatever page of the app opens next, the card\'s own tab long closed', async ({ page, browser, server }) => {
  await openAsCurator(page, server)
  await createProgram(page, PROGRAM)
  await createCampaign(page, PROGRAM)
  const [code] = await issueCards(page, 1) as [string]

  const phone = await openOnPhone(browser, server, code)
  await phone.context().setOffline(true)
  await answerAll(phone)
  await phone.getByRole('button', { name: 'Отправить ответ' }).tap()
  // Where the student is looking, not above the fold, and honest about a phone that never goes online.
  await expect(phone.getByText('Ответ сохранён')).toBeInViewport()
  await expect(phone.getByText('Ответ сохранён')).toContainText('если телефон так и не выйдет в сеть')
  const context = phone.context()
  await phone.close()

  await context.setOffline(false)
  const elsewhere = await context.newPage()
  await elsewhere.goto(`${server.url}/login`)
  await expect.poll(() => elsewhere.evaluate(() => new Promise<string>((resolve) => {
    const open = indexedDB.open('nastavnik')
    open.onsuccess = () => {
      const request = open.result.transaction('ballotDrafts').objectStore('ballotDrafts').getAll()
      request.onsuccess = () => resolve((request.result as Array<{ status: string }>).map(d => d.status).join())
    }
  }))).toBe('sent')
  // Counted once: the card is used.
  expect(await answerByApi(server, code, 5)).toBe(409)
})
