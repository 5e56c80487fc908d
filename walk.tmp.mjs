import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'ru-RU', acceptDownloads: true })
const page = await context.newPage()
const errors = []
page.on('console', m => { if (m.type() === 'error') errors.push(m.text()) })
page.on('pageerror', e => errors.push('pageerror ' + e.message))
page.on('dialog', d => d.accept())
const base = 'http://localhost:8095'
const step = async (name, fn) => { try { await fn(); console.log('ok', name) } catch (e) { console.log('FAIL', name, e.message.split('\n')[0]); await page.screenshot({ path: '/tmp/shots/fail-' + name.replace(/\W+/g,'_') + '.png', fullPage: true }) } }
await page.goto(base + '/')
await step('setup', async () => {
  await page.getByLabel('Название школы').fill('МБОУ СОШ № 9')
  await page.getByLabel('ФИО куратора').fill('Смирнова Анна Петровна')
  await page.getByLabel('Логин').fill('kurator')
  await page.getByLabel('Пароль').fill('nastavnik-2026')
  await page.getByLabel('Код установки').fill('ZDNP-6VWY-9YWB')
  await page.getByRole('button', { name: 'Создать школу' }).click()
  await page.getByRole('heading', { name: 'Программы наставничества' }).waitFor()
})
await step('monitoring empty', async () => {
  await page.getByRole('link', { name: 'Мониторинг', exact: true }).click()
  await page.getByRole('heading', { name: 'Показатели эффективности' }).waitFor()
  await page.waitForTimeout(1500)
  await page.screenshot({ path: '/tmp/shots/walk-monitoring-empty.png', fullPage: true })
})
await step('spravka empty', async () => {
  await page.getByRole('link', { name: 'Аналитическая справка' }).click()
  await page.waitForTimeout(1500)
  await page.screenshot({ path: '/tmp/shots/walk-spravka-empty.png', fullPage: true })
})
await step('order empty', async () => { await page.goto(base + '/reports/order'); await page.waitForTimeout(1500); await page.screenshot({ path: '/tmp/shots/walk-order-empty.png', fullPage: true }) })
await step('awards empty', async () => { await page.goto(base + '/monitoring/awards'); await page.waitForTimeout(1000); await page.screenshot({ path: '/tmp/shots/walk-awards.png', fullPage: true }) })
await step('practices new', async () => { await page.goto(base + '/monitoring/practices/new'); await page.waitForTimeout(1000); await page.screenshot({ path: '/tmp/shots/walk-practice-new.png', fullPage: true }) })
await step('audit', async () => { await page.goto(base + '/audit'); await page.waitForTimeout(1500); await page.screenshot({ path: '/tmp/shots/walk-audit.png', fullPage: true }) })
await step('summary', async () => { await page.goto(base + '/surveys/summary'); await page.waitForTimeout(1500); await page.screenshot({ path: '/tmp/shots/walk-summary.png', fullPage: true }) })
await step('indicators year', async () => { await page.goto(base + '/monitoring/indicators/2026'); await page.waitForTimeout(1000); await page.screenshot({ path: '/tmp/shots/walk-indyear.png', fullPage: true }) })
console.log('errors', JSON.stringify(errors))
await browser.close()
