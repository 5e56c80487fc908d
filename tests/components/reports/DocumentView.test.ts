import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { ReportDocument } from '../../../src/app/features/reports/document.ts'
import DocumentView from '../../../src/app/features/reports/DocumentView.vue'

// Seed 001's passport: «3. Индикаторы программы» heads the years, the indicators go on in rows with no number.
const passport: ReportDocument = {
  fileName: 'x',
  title: 'Дорожная карта',
  preamble: [],
  blocks: [{
    kind: 'grid',
    label: 'Паспорт программы наставничества',
    columns: 6,
    rows: [
      ['2.', 'Задачи программы', '1. Формирование нормативной базы'],
      ['3.', 'Индикаторы программы', '', '2021 г', '2022 г', '2023 г'],
      ['', '', 'Доля обучающихся в возрасте до 18 лет', '10%', '30%', '50%'],
      ['', '', 'Уровень удовлетворенности наставляемых', '50%', '65%', '75%'],
      ['5.', 'Срок реализации программы', '7 этапов', 'Дата начала', 'Дата окончания'],
      ['', '', '', 'август 2021г.', 'май 2022 г.'],
    ],
  }],
}

describe('a school\'s own table printed', () => {
  it('keeps a row whose first cell is empty with the row it goes on from', () => {
    const wrapper = mount(DocumentView, { props: { doc: passport } })
    const continued = wrapper.findAll('tbody tr').map(tr => tr.classes('document__row--continued'))
    expect(continued).toEqual([false, false, true, true, false, true])
  })
})
