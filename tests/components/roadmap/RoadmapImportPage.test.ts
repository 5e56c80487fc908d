import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localCalendarDate, schoolYearOf } from '#shared/dates'
import { nextRoadmapId, roadmapIdFor } from '#shared/model/roadmap'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { wordTable } from '../../support/wordTable.ts'
import { labelled, mountAt, settle } from '../mountPage.ts'

beforeEach(async () => {
  await db.delete()
  await db.open()
})
afterEach(() => {
  document.body.innerHTML = ''
})

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']
const preview = (wrapper: Wrapper) => wrapper.find('h2').text()
const confirmButton = (wrapper: Wrapper) => wrapper.find('.actions .button--primary')

/** Rows as Word or Excel put them on the clipboard (cells by tabs, rows by line breaks), or a whole text, read on a fresh page. */
async function paste(rows: string[][] | string) {
  const { wrapper } = await mountAt('/roadmap/import')
  await pasteAgain(wrapper, typeof rows === 'string' ? rows : rows.map(row => row.join('\t')).join('\n'))
  return wrapper
}

/** A text pasted into the page as it stands, and read. */
async function pasteAgain(wrapper: Wrapper, text: string) {
  const area = labelled('Или вставьте таблицу', HTMLTextAreaElement)
  area.value = text
  area.dispatchEvent(new Event('input'))
  await settle()
  await wrapper.findAll('button').find(b => b.text() === 'Разобрать вставленное')!.trigger('click')
  await settle()
}

const HEADER = ['№ п/п', 'Наименование мероприятия', 'Срок реализации', 'Ответственный', 'Результат']

describe('the roadmap import\'s preview', () => {
  it('names every problem of a row, each by the column the school wrote, and creates nothing while one stands', async () => {
    const wrapper = await paste([
      HEADER,
      ['1.', 'а'.repeat(2001), 'когда будет время', 'б'.repeat(501), ''],
      ['2.', 'Анкетирование', 'Май 2025', 'Психолог', 'Анкеты'],
    ])
    expect(wrapper.findAll('.import-problems li').map(li => li.text())).toEqual([
      'строка 2, столбец «Срок реализации»: Срок не разобран: «когда будет время» сохранён как есть, уточните его',
      'строка 2, столбец «Наименование мероприятия»: Слишком длинный текст',
      'строка 2, столбец «Ответственный»: Слишком длинный текст',
    ])
    expect(wrapper.find('.actions .button--primary').attributes('disabled')).toBeDefined()
  })
})

describe('a roadmap pasted as the school saved it', () => {
  it('reads seed 004\'s whole text, its title above and its cells\' markup, into its seven stages and fourteen events', async () => {
    const text = readFileSync('tests/unit/roadmap/fixtures/seedText/004.txt', 'utf8')
    expect(text).toContain('<p>2) Обучение наставников')
    const wrapper = await paste(text)
    expect(preview(wrapper)).toBe('Получится: этапов 7, мероприятий 14')
    expect(wrapper.text()).toContain('Таблица при печати — этап в строке, его мероприятия в одной ячейке, как в документе.')
    expect(wrapper.text()).toContain('Обучение наставников для работы с наставляемыми')
    expect(wrapper.text()).not.toMatch(/<\/?(?:p|ul)\b/)
    // The school's «СОГЛАСОВАНО» above its title is shown, and kept on the roadmap its print heads.
    expect(wrapper.text()).not.toContain('идут не подряд')
    const approval = 'СОГЛАСОВАНО\nпедагогическим\nсоветом\nМБОУ «СОШ № 47» г. Калуги\n(протокол от 31.08.2023 № 1)\nИ.М.Бугаева'
    expect(wrapper.find('.import-approval').text()).toBe(approval)
    // Its title names no period: its deadlines' years do («Сентябрь-декабрь 2023» … «Ноябрь 2024»), not today's school year.
    expect([labelled('Начало периода', HTMLInputElement).value, labelled('Конец периода', HTMLInputElement).value]).toEqual(['2023-09-01', '2024-11-30'])
    await confirmButton(wrapper).trigger('click')
    await vi.waitFor(async () => expect((await db.roadmaps.toArray()).map(r => [r.approval, r.approvalKind, r.startDate, r.endDate])).toEqual([[approval, 'own', '2023-09-01', '2024-11-30']]))
  })

  it('takes its title and the period the title names from the text above the table, unless the curator typed them', async () => {
    const text = readFileSync('tests/unit/roadmap/fixtures/seedText/001.txt', 'utf8')
    await paste(text)
    const field = (label: string) => labelled(label, HTMLInputElement).value
    expect([field('Название дорожной карты'), field('Начало периода'), field('Конец периода')]).toEqual([
      'План мероприятий по реализации целевой модели наставничества в МБОУ «СОШ №20» п. Усолье-7 на период 2021-2024 гг.', '2021-01-01', '2024-12-31',
    ])
    document.body.innerHTML = ''
    const { wrapper } = await mountAt('/roadmap/import')
    const title = labelled('Название дорожной карты', HTMLInputElement)
    title.value = 'План на 2021-2024 годы'
    title.dispatchEvent(new Event('input'))
    await pasteAgain(wrapper, text)
    expect([field('Название дорожной карты'), field('Начало периода')]).toEqual(['План на 2021-2024 годы', '2021-01-01'])
  })

  it('widens the title\'s school year to the deadlines it writes outside it: seed 002\'s «Август 2024» before its September', async () => {
    const wrapper = await paste(readFileSync('tests/unit/roadmap/fixtures/seedText/002.txt', 'utf8'))
    const fields = () => ['Название дорожной карты', 'Начало периода', 'Конец периода'].map(label => labelled(label, HTMLInputElement).value)
    expect(fields().slice(1)).toEqual(['2024-08-01', '2025-06-30'])
    // Another document read after it takes its own title and period, not what the first one left.
    await pasteAgain(wrapper, readFileSync('tests/unit/roadmap/fixtures/seedText/004.txt', 'utf8'))
    expect(fields()).toEqual([expect.stringMatching(/^Дорожная карта по реализации Положения о системе наставничества/), '2023-09-01', '2024-11-30'])
    // Dates the curator typed are theirs: the next document leaves them.
    await wrapper.findAll('input[type="date"]')[1]!.setValue('2024-12-31')
    await pasteAgain(wrapper, readFileSync('tests/unit/roadmap/fixtures/seedText/002.txt', 'utf8'))
    expect(fields()).toEqual([expect.stringMatching(/^Дорожная карта реализации Целевой модели/), '2023-09-01', '2024-12-31'])
  })
})

describe('the preview of a staged roadmap', () => {
  it('numbers stages and events as the school does (seed 002: «I.» over «1.», «1.1.»), each event with its row in the table, as the problems name it', async () => {
    const wrapper = await paste(readFileSync('tests/unit/roadmap/fixtures/seedText/002.txt', 'utf8'))
    const stages = wrapper.findAll('.roadmap-stage')
    expect(stages.slice(0, 2).map(stage => stage.find('h3').text())).toEqual([
      'I. Подготовка условий для реализации программы наставничества',
      '1. Изучение и систематизация имеющихся материалов по проблеме наставничества',
    ])
    // A stage heading only the stages after it has no table of its own.
    expect(stages[0]!.find('table').exists()).toBe(false)
    const first = stages[1]!.findAll('tbody tr').map(tr => tr.find('td').text())
    expect(first).toHaveLength(4)
    expect(first[0]).toMatch(/^1\.1\. строка \d+$/)
    expect(first[3]).toMatch(/^1\.4\. строка \d+$/)
    expect(stages[1]!.find('thead th').text()).toBe('№')
  })

  it('says which events its issued documents will mark done (seed 002\'s «Приказ №32 от 04.09.2024 г.»), on their days', async () => {
    const wrapper = await paste(readFileSync('tests/unit/roadmap/fixtures/seedText/002.txt', 'utf8'))
    const marked = wrapper.findAll('tbody tr').filter(tr => tr.text().includes('документ издан'))
    expect(marked.map(tr => tr.findAll('td')[4]!.text().replace(/\s+/g, ' '))).toEqual([
      'Протокол педагогического совета №1 от 30.08.2024 г документ издан: будет отмечено выполненным 30 августа 2024 г.',
      'Приказ №32 от 04.09.2024 г. документ издан: будет отмечено выполненным 4 сентября 2024 г.',
      'Приказ №21 от 30.08.2024 г. документ издан: будет отмечено выполненным 30 августа 2024 г.',
      'Приказ №32 от 04.09.2024 г документ издан: будет отмечено выполненным 4 сентября 2024 г.',
    ])
  })
})

describe('a roadmap document saved as text', () => {
  it('is read from its .txt file as a pasted one: seed 003, a cell a line, into its ten events', async () => {
    const { wrapper } = await mountAt('/roadmap/import')
    const input = wrapper.find('input[type="file"]')
    expect(input.attributes('accept')).toContain('.txt')
    const bytes = readFileSync('tests/unit/roadmap/fixtures/seedText/003.txt')
    Object.defineProperty(input.element, 'files', { value: [new File([bytes], 'Дорожная карта.txt', { type: 'text/plain' })], configurable: true })
    await input.trigger('change')
    await vi.waitFor(() => expect(preview(wrapper)).toBe('Получится: этапов 2, мероприятий 10'))
    expect(wrapper.text()).not.toContain('bookmark')
    expect(wrapper.text()).toContain('Над названием в документе нет грифа — карта будет напечатана без него')
    // Its indicators below the roadmap are named, not dropped unseen, and offered to the monitoring after the save.
    expect(wrapper.findAll('.import-other-tables label').map(label => label.text().trim())).toEqual(['«Показатели эффективности внедрения целевой модели наставничества в Кировской области» (5 строк)'])
    expect(wrapper.text()).toContain('В документе есть таблица показателей с целями по годам (4 показателя)')
    expect(wrapper.find('.import-approval').text()).toMatch(/^Целью внедрения целевой модели наставничества/)
  })

  it('offers its indicators to the monitoring, then opens the roadmap it made, not the one running today: seed 003\'s of 2020-2024 with its «август - сентябрь» every year', async () => {
    const { wrapper, router } = await mountAt('/roadmap/import')
    await wrapper.find('input[type="date"]').setValue('2020-11-01')
    await wrapper.findAll('input[type="date"]')[1]!.setValue('2024-12-31')
    await pasteAgain(wrapper, readFileSync('tests/unit/roadmap/fixtures/seedText/003.txt', 'utf8'))
    expect(wrapper.text()).toContain('В документе есть таблица показателей с целями по годам (4 показателя)')
    await confirmButton(wrapper).trigger('click')
    // Its indicators come next, pasted already: checked in the preview and added, or passed over to the roadmap just made.
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/monitoring/definitions/paste'), { timeout: 10_000 })
    await settle()
    expect(wrapper.find('.banner--ok').text()).toContain('Дорожная карта сохранена.')
    expect(wrapper.findAll('tbody tr')).toHaveLength(4)
    expect(wrapper.findAll('a').find(a => a.text() === 'Не переносить, к дорожной карте')?.attributes('href')).toBe(`/roadmap?roadmap=${roadmapIdFor(2020)}`)
    await wrapper.find('.actions .button--primary').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/monitoring/definitions'), { timeout: 10_000 })
    expect((await db.indicatorDefinitions.toArray()).map(d => d.targets)).toContainEqual({ 2020: 10, 2021: 30, 2022: 40, 2023: 55, 2024: 70 })
    const group = (await db.roadmapEvents.toArray()).find(e => e.title === 'Формирование рабочей группы')
    expect(group?.deadline).toMatchObject({ kind: 'recurring', months: [9], opensIn: 8 })
    // Its goal and tasks between the title and the table are kept for the print; it had no approval heading, nor will its print.
    const made = await db.roadmaps.get(roadmapIdFor(2020))
    expect([made?.approvalKind, made?.intro?.split('\n').length, made?.intro?.startsWith('Целью внедрения')]).toEqual(['none', 8, true])
    // Its indicators' table, ticked by default, is kept to print after the plan as the document has it.
    expect(made?.otherTables?.map(table => [table.caption, table.rows[0]])).toEqual([['Показатели эффективности внедрения целевой модели наставничества в Кировской области', ['Наименование показателя', '2020', '2021', '2022', '2023', '2024']]])
  })

  it('names a table too big to keep with the roadmap, unticked and closed, and keeps the others', async () => {
    const roadmapRows = [HEADER, ['1.', 'Положение о наставничестве', 'сентябрь 2025', 'Куратор', 'Приказ']]
    const big = Array.from({ length: 301 }, (_, i) => [String(i + 1), `Строка ${i + 1}`])
    const text = ['Дорожная карта на 2025-2026 учебный год', '', ...roadmapRows.map(row => row.join('\t')), '', 'Список', '', ...big.map(row => row.join('\t')), '', 'Показатели', '', 'Наименование\t2025', 'Доля\t10', ''].join('\n')
    const wrapper = await paste(text)
    const labels = wrapper.findAll('.import-other-tables label')
    expect(labels.map(label => label.text().replace(/\s+/g, ' ').trim())).toEqual(['«Список» (301 строка) — слишком большая, чтобы печатать её с картой: останется в документе школы', '«Показатели» (2 строки)'])
    expect(labels.map(label => [(label.find('input').element as HTMLInputElement).checked, label.find('input').attributes('disabled') !== undefined])).toEqual([[false, true], [true, false]])
  })

  it('leaves out of the print a table of the document the curator unticks', async () => {
    const { wrapper, router } = await mountAt('/roadmap/import')
    await wrapper.find('input[type="date"]').setValue('2021-08-01')
    await wrapper.findAll('input[type="date"]')[1]!.setValue('2024-12-31')
    await pasteAgain(wrapper, readFileSync('tests/unit/roadmap/fixtures/seedText/001.txt', 'utf8'))
    const tick = wrapper.find('.import-other-tables input[type="checkbox"]')
    expect((tick.element as HTMLInputElement).checked).toBe(true)
    await tick.setValue(false)
    await confirmButton(wrapper).trigger('click')
    // Left out of the print, the passport's indicators are still offered to the monitoring, and may be passed over.
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/monitoring/definitions/paste'), { timeout: 10_000 })
    await settle()
    await wrapper.findAll('a').find(a => a.text() === 'Не переносить, к дорожной карте')!.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/roadmap?roadmap=${roadmapIdFor(2021)}`), { timeout: 10_000 })
    expect(await db.indicatorDefinitions.count()).toBe(0)
    expect((await db.roadmaps.get(roadmapIdFor(2021)))?.otherTables).toEqual([])
  })
})

describe('a roadmap numbered as its table', () => {
  it('says so where the table\'s own numbers do not run 1 … n (seed 001: 19 and 20 twice), keeping them as written', async () => {
    const wrapper = await paste(readFileSync('tests/unit/roadmap/fixtures/seedText/001.txt', 'utf8'))
    expect(preview(wrapper)).toBe('Получится: этапов 7, мероприятий 29')
    // Its passport holds the programme's six indicators by years («2021 г», «2022 г» …) among its goal and tasks.
    expect(wrapper.findAll('.import-other-tables label').map(label => label.text().trim())).toEqual(['«Паспорт программы наставничества» (19 строк)'])
    expect(wrapper.text()).toContain('В документе есть таблица показателей с целями по годам (6 показателей)')
    expect(wrapper.text()).toContain('Нумерация мероприятий — как в таблице школы.')
  })
})

describe('a roadmap loaded again, or from Word', () => {
  const year = schoolYearOf(localCalendarDate())
  const id = roadmapIdFor(year)
  const done = uuidv7()

  it('reads the school\'s .docx chosen as the file, its roadmap table and not the longer one of goals above it', async () => {
    const { wrapper } = await mountAt('/roadmap/import')
    const goals = [['1.', 'Цель'], ['', 'Раскрытие потенциала'], ['2.', 'Задачи'], ['', 'Подготовка обучающегося'], ['3.', 'Индикаторы']]
    const bytes = await wordTable([HEADER, [{ lines: ['1 этап. Подготовка'], span: 5 }], ['1.', 'Анкетирование', 'Май 2025', 'Психолог', 'Анкеты']], goals)
    const input = wrapper.find('input[type="file"]')
    expect(input.attributes('accept')).toContain('.docx')
    Object.defineProperty(input.element, 'files', { value: [new File([bytes], 'Дорожная карта.docx')], configurable: true })
    await input.trigger('change')
    await vi.waitFor(() => expect(preview(wrapper)).toBe('Получится: этапов 1, мероприятий 1'), { timeout: 10_000 })
  })

  it('takes the place of the period\'s roadmap, the marks of what was done passing to events of the same title', async () => {
    const stageId = uuidv7()
    await mutate(db, 'roadmaps', id, 'upsert', { title: 'Старая карта', startDate: `${year}-09-01`, endDate: `${year + 1}-06-30`, numbering: 'arabic', eventNumbering: 'stage', stages: [{ id: stageId, title: 'Этап', resources: '' }], approval: 'СОГЛАСОВАНО', approvalKind: 'own', intro: 'Цель: …', layout: 'stages', stageHead: 'Этап' })
    // Whole records, as a device holds them: the roadmap's page, opened after the confirm, reads every field.
    const old = { roadmapId: id, stageId, programIds: [], deadline: { kind: 'text', text: '' } as const, responsibleIds: [], responsible: '', sphere: '' as const, plannedResult: '', status: 'done' as const, issued: null, occurrences: [], number: '' }
    await mutate(db, 'roadmapEvents', done, 'upsert', { ...old, title: 'Анкетирование  наставляемых', doneOn: `${year}-10-01`, position: 0 })
    await mutate(db, 'roadmapEvents', uuidv7(), 'upsert', { ...old, title: 'Старое мероприятие', doneOn: `${year}-10-02`, position: 1 })
    const wrapper = await paste([HEADER, ['1.', 'анкетирование наставляемых', 'Май', 'Психолог', ''], ['2.', 'Новое мероприятие', 'Май', 'Психолог', '']])
    // Titled otherwise, the table goes beside the year's roadmap unless the curator puts it in its place.
    await vi.waitFor(() => expect(wrapper.find('legend').text()).toBe(`В ${year} году уже начинается дорожная карта. Загруженная:`))
    expect(wrapper.find('.banner--warn').exists()).toBe(false)
    expect(confirmButton(wrapper).text()).toBe('Создать дорожную карту (2 мероприятия)')
    await wrapper.findAll('label').find(l => l.text().startsWith('займёт место карты «Старая карта»'))!.find('input').setValue(true)
    await vi.waitFor(() => expect(wrapper.find('.banner--warn').text()).toBe(
      'Дорожная карта «Старая карта» (2 мероприятия) будет заменена загруженной. Отметки о выполнении перейдут к мероприятиям с тем же названием: 1 из 2.',
    ))
    expect(confirmButton(wrapper).text()).toBe('Заменить дорожную карту (2 мероприятия)')
    await confirmButton(wrapper).trigger('click')
    await vi.waitFor(async () => expect((await db.roadmaps.get(id))?.title).not.toBe('Старая карта'))
    const events = (await db.roadmapEvents.where('roadmapId').equals(id).toArray()).filter(event => !event.deleted).sort((a, b) => a.position - b.position)
    expect(events.map(({ title, status, doneOn }) => ({ title, status, doneOn }))).toEqual([
      { title: 'анкетирование наставляемых', status: 'done', doneOn: `${year}-10-01` },
      { title: 'Новое мероприятие', status: 'planned', doneOn: '' },
    ])
    expect((await db.roadmapEvents.get(done))?.deleted).toBe(1)
    // Written over the old record field by field: nothing of its heading, text or layout stays from the table it replaced.
    expect(await db.roadmaps.get(id)).toMatchObject({ approval: '', approvalKind: 'director', intro: '', layout: 'events', stageHead: '' })
  })
  it('sets a roadmap begun the same year beside the year\'s one, which keeps its events, and rolls each over apart', async () => {
    await mutate(db, 'roadmaps', id, 'upsert', { title: 'Для обучающихся', startDate: `${year}-09-01`, endDate: `${year + 1}-06-30`, numbering: 'arabic', eventNumbering: 'stage', stages: [], approval: '' })
    const wrapper = await paste([HEADER, ['1.', 'Семинар для наставников', 'Октябрь', 'Куратор', '']])
    await vi.waitFor(() => expect(wrapper.find('legend').exists()).toBe(true))
    expect(wrapper.findAll('input[name="import-into"]').map(i => (i.element as HTMLInputElement).checked)).toEqual([false, true])
    await confirmButton(wrapper).trigger('click')
    await vi.waitFor(async () => expect(await db.roadmaps.count()).toBe(2))
    const added = (await db.roadmaps.toArray()).find(r => r.id !== id)!
    expect([(await db.roadmaps.get(id))?.title, added.startDate]).toEqual(['Для обучающихся', `${year}-09-01`])
    expect((await db.roadmapEvents.where('roadmapId').equals(added.id).toArray()).map(e => e.title)).toEqual(['Семинар для наставников'])
    expect(nextRoadmapId(added)).not.toBe(nextRoadmapId({ id, startDate: `${year}-09-01` }))
    expect(nextRoadmapId({ id, startDate: `${year}-09-01` })).toBe(roadmapIdFor(year + 1))
  })
})
