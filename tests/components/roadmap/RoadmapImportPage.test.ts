import { afterEach, describe, expect, it } from 'vitest'
import { labelled, mountAt, settle } from '../mountPage.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

/** Rows as Word or Excel put them on the clipboard: cells by tabs, rows by line breaks. */
async function paste(rows: string[][]) {
  const { wrapper } = await mountAt('/roadmap/import')
  const area = labelled('Или вставьте таблицу', HTMLTextAreaElement)
  area.value = rows.map(row => row.join('\t')).join('\n')
  area.dispatchEvent(new Event('input'))
  await settle()
  await wrapper.findAll('button').find(b => b.text() === 'Разобрать вставленное')!.trigger('click')
  await settle()
  return wrapper
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
