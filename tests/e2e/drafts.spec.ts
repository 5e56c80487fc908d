import { expect, test } from './support/fixtures.ts'
import { enrollPhone, logMeeting, MENTEE, schoolWithPair } from './support/phone.ts'

test('the meeting form keeps every keystroke: through a reload straight after typing, and after «Удалить черновик»', async ({ page, browser, server }) => {
  const { code } = await schoolWithPair(page, server)
  const phone = await enrollPhone(browser, async (p) => {
    await p.goto(`${server.url}/enroll`)
    await p.getByLabel('Код').fill(code)
    await p.getByRole('button', { name: 'Войти' }).tap()
  })
  await phone.getByRole('link', { name: new RegExp(MENTEE) }).tap()
  await phone.getByRole('link', { name: 'Записать встречу' }).tap()
  await expect(phone.getByLabel('Тема')).toBeVisible()

  await phone.getByLabel('Тема').fill('Разбор контрольной')
  await phone.getByLabel('Тема').press('End')
  await phone.keyboard.type(' по физике')
  await phone.reload()
  await expect(phone.getByText('Восстановлен черновик')).toBeVisible()
  await expect(phone.getByLabel('Тема')).toHaveValue('Разбор контрольной по физике')

  await phone.getByRole('button', { name: 'Удалить черновик' }).tap()
  await expect(phone.getByLabel('Тема')).toHaveValue('')
  await phone.getByLabel('Тема').fill('Подготовка к олимпиаде')
  await phone.reload()
  await expect(phone.getByLabel('Тема')).toHaveValue('Подготовка к олимпиаде')
})

test('a meeting kind chosen in the first moments is not replaced by the suggested next kind', async ({ page, browser, server }) => {
  const { code } = await schoolWithPair(page, server)
  const phone = await enrollPhone(browser, async (p) => {
    await p.goto(`${server.url}/enroll`)
    await p.getByLabel('Код').fill(code)
    await p.getByRole('button', { name: 'Войти' }).tap()
  })
  await phone.getByRole('link', { name: new RegExp(MENTEE) }).tap()
  // One meeting held: the form will suggest the next kind of the sequence, a trial meeting.
  await logMeeting(phone, 'Знакомство')
  await phone.getByRole('link', { name: 'Записать встречу' }).tap()
  await expect(phone.getByLabel('Вид встречи')).toHaveValue('trial')
  const form = phone.url()
  await phone.goto('about:blank')

  // A slow phone, made reliably slow: another tab holds the pairs store, so the form opens before its pair is read.
  const locker = await phone.context().newPage()
  // A page of the same origin that is not the app, so only the lock touches the database there.
  await locker.goto(`${server.url}/favicon.svg`)
  await locker.evaluate(() => new Promise<void>((resolve) => {
    const open = indexedDB.open('nastavnik')
    open.onsuccess = () => {
      const store = open.result.transaction('pairs', 'readwrite').objectStore('pairs')
      const hold = (): void => {
        if (!(window as { release?: boolean }).release)
          store.count().onsuccess = hold
      }
      hold()
      resolve()
    }
  }))
  await phone.goto(form)
  await phone.getByLabel('Вид встречи').selectOption('final')
  await expect(phone.getByText(/Пара работает с/)).toBeHidden()
  await locker.evaluate(() => {
    (window as { release?: boolean }).release = true
  })
  // The pair has been read once its period shows under the date: the suggestion has run by then.
  await expect(phone.getByText(/Пара работает с/)).toBeVisible()
  await expect(phone.getByLabel('Вид встречи')).toHaveValue('final')
  await phone.reload()
  await expect(phone.getByText('Восстановлен черновик')).toBeVisible()
  await expect(phone.getByLabel('Вид встречи')).toHaveValue('final')
})
