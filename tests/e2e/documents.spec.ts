import type { Page } from '@playwright/test'
import { addPerson, createPair, createProgram, setRequisites } from './support/curator.ts'
import { expect, fillSetup, openAsCurator, test } from './support/fixtures.ts'
import { overflowingBlocks, pdfSheets, pdfText } from './support/print.ts'
import { createCampaign, issueCards } from './support/surveys.ts'

/** A real school's host name, as long as they come: the printed link must still fit its card. */
const LONG_HOST = 'https://nastavnik.sosh-12-imeni-geroya-sovetskogo-soyuza.kaluga.ru'

/** Every card's parts lie inside the card's box (under print media, as the sheet is laid out on paper). */
async function partsOutsideCards(page: Page): Promise<string[]> {
  return page.locator('.cut-card').evaluateAll(cards => cards.flatMap((card) => {
    const box = card.getBoundingClientRect()
    return [...card.children].filter((part) => {
      const r = part.getBoundingClientRect()
      return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5
    }).map(part => `${card.getAttribute('aria-label')}: ${part.className}`)
  }))
}

test.describe('at the school\'s own long host name', () => {
  // The app is served under the long name through the test's router; a service worker would bypass it.
  test.use({ serviceWorkers: 'block' })

  test('ballot cards print eight to an A4 sheet, each with its code, QR and whole link inside the card', async ({ page, server }, testInfo) => {
    await page.context().route(`${LONG_HOST}/**`, async (route) => {
      const url = new URL(route.request().url())
      await route.fulfill({ response: await route.fetch({ url: `${server.url}${url.pathname}${url.search}` }) })
    })
    await page.goto(`${LONG_HOST}/`)
    await fillSetup(page, await server.setupToken)
    await expect(page.getByRole('heading', { name: 'Программы наставничества' })).toBeVisible()
    await createProgram(page, 'Учитель — ученик')
    await createCampaign(page, 'Учитель — ученик')
    const codes = await issueCards(page, 9)

    await page.emulateMedia({ media: 'print' })
    const link = page.getByRole('article', { name: `Карточка ${codes[0]}` }).locator('.cut-card__link')
    await expect(link).toHaveText(`${LONG_HOST}/s/${codes[0]}`)
    const card = await page.getByRole('article', { name: `Карточка ${codes[0]}` }).boundingBox()
    const linkBox = await link.boundingBox()
    expect(linkBox!.x).toBeGreaterThanOrEqual(card!.x)
    expect(linkBox!.x + linkBox!.width).toBeLessThanOrEqual(card!.x + card!.width)
    expect(linkBox!.y + linkBox!.height).toBeLessThanOrEqual(card!.y + card!.height)
    expect(await partsOutsideCards(page)).toEqual([])
    // The link wraps only after «/» or «.»: each line of it ends with one (but the last).
    const lines = await link.evaluate((el) => {
      const tops = new Map<number, string>()
      for (const piece of el.querySelectorAll('.card-link__piece')) {
        const top = Math.round(piece.getBoundingClientRect().top)
        tops.set(top, (tops.get(top) ?? '') + piece.textContent)
      }
      return [...tops.values()]
    })
    expect(lines.length).toBeGreaterThan(1)
    lines.slice(0, -1).forEach(line => expect(line).toMatch(/[/.]$/))

    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: testInfo.outputPath('ballots.pdf') })
    // Nine cards: eight on the first sheet, the ninth alone on the second.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(2)
  })
})

test('the приказ: requisites set once, a number and date, names declined, an edited paragraph kept, printed to PDF', async ({ page, server }, testInfo) => {
  await openAsCurator(page, server)
  await setRequisites(page)

  await createProgram(page, 'Педагог — молодой специалист')
  // Two curators and a mentor to sign that they have read it: three lines under «С приказом ознакомлены».
  await page.getByRole('link', { name: /Педагог — молодой специалист/ }).click()
  await page.getByLabel('Куратор(ы) программы').fill('Петрова Анна Игоревна, Ткаченко Марина Евгеньевна (педагог-психолог)')
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await addPerson(page, { name: 'Зорина Анна Павловна', mentor: true })
  await addPerson(page, { name: 'Лапин Кирилл Олегович' })
  await createPair(page, 'Педагог — молодой специалист', 'Зорина Анна Павловна', ['Лапин Кирилл Олегович'])

  await page.goto('/reports/order')
  await expect(page.getByRole('heading', { name: 'ПРИКАЗ', exact: true })).toBeVisible()
  await page.getByLabel('Номер документа').fill('45-о')
  await page.getByLabel('Дата документа').fill('2026-09-12')
  const item3 = page.getByRole('textbox', { name: /^Текст абзаца «3\. / })
  await item3.fill('3. Наставникам вести журнал встреч в приложении «Наставник».')
  await expect(page.getByText('Правки сохранены')).toBeVisible()
  // The edits are the document's: they come back after a reload.
  await page.reload()
  await expect(page.getByLabel('Номер документа')).toHaveValue('45-о')
  await expect(page.getByRole('textbox', { name: /^Текст абзаца «3\. / })).toHaveValue('3. Наставникам вести журнал встреч в приложении «Наставник».')

  await page.emulateMedia({ media: 'print' })
  expect(await overflowingBlocks(page)).toEqual([])
  const path = testInfo.outputPath('order.pdf')
  await page.pdf({ format: 'A4', printBackground: true, path })
  const text = await pdfText(path)
  expect(text).toContain('ПРИКАЗ')
  expect(text).toContain('12 сентября 2026 г.')
  expect(text).toContain('45-о')
  expect(text).toContain('г. Калуга')
  expect(text).toContain('Закрепить за Зориной Анной Павловной')
  expect(text).toContain('Лапина Кирилла Олеговича')
  expect(text).toContain('Назначить кураторами программы наставничества «Педагог — молодой специалист» Петрову Анну Игоревну, Ткаченко Марину Евгеньевну (педагога-психолога)')
  expect(text).toContain('Я. А. Шиловская')
  expect(text).toContain('статья 351.8 Трудового кодекса')
  expect(text).toContain('Наставникам вести журнал встреч в приложении «Наставник».')
  expect(text).not.toContain('Номер документа') // the page's controls stay off paper
  // The order's last item, the director's signature and the lines to sign under «С приказом ознакомлены», two to a
  // row, stay on the order's sheet (kept together one under another, they took the item and the signature onto a sheet
  // of their own, or all but the first onto one); the appendix has its own.
  const sheets = await pdfSheets(path)
  expect(sheets).toHaveLength(2)
  expect(sheets[0]).toMatch(/4\. Контроль за исполнением .* Я\. А\. Шиловская С приказом ознакомлены: _+ А\. И\. Петрова _+ М\. Е\. Ткаченко _+ А\. П\. Зорина$/)
  expect(sheets[1]).toMatch(/^Приложение к приказу/)
})

test('a приказ with no pairs prints why, not a blank sheet', async ({ page, server }, testInfo) => {
  await openAsCurator(page, server)
  await createProgram(page, 'Ученик — ученик')
  await page.goto('/reports/order')
  await expect(page.getByText('В программе нет ни действующих, ни завершённых пар')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  const path = testInfo.outputPath('empty-order.pdf')
  await page.pdf({ format: 'A4', printBackground: true, path })
  expect(await pdfText(path)).toContain('В программе нет ни действующих, ни завершённых пар')
})
