import type { Deadline } from '#shared/roadmap/deadline'
import type { DeadlineContext, DeadlineProblem } from '#shared/roadmap/parseDeadline'

/** The roadmap spans the tests give each seed: a month written with no year is placed inside it. */
export const SEED_CONTEXT = {
  '000': { periodStart: '2024-09-01', periodEnd: '2025-12-31' },
  '001': { periodStart: '2021-06-01', periodEnd: '2022-05-31' },
  '002': { periodStart: '2024-08-01', periodEnd: '2025-06-30' },
  '003': { periodStart: '2020-11-01', periodEnd: '2024-12-31' },
  '004': { periodStart: '2023-09-01', periodEnd: '2024-12-31' },
} satisfies Record<string, DeadlineContext>

/** A deadline without its words (in a table of phrases, the words are the phrase itself). */
export type WithoutText = Deadline extends infer D ? D extends unknown ? Omit<D, 'text'> : never : never

const FURTHER = ', далее постоянно в процессе реализации модели наставничества'

/** Every «сроки» phrase the five seeds write, as they write it, with what it means. */
export const SEED_PHRASES: Array<[seed: keyof typeof SEED_CONTEXT, text: string, expected: WithoutText, problem?: DeadlineProblem]> = [
  ['000', 'сентябрь - октябрь 2024 года', { kind: 'period', from: '2024-09', to: '2024-10' }],
  ['000', `октябрь 2024 года${FURTHER}`, { kind: 'on', at: '2024-10', then: 'ongoing' }],
  ['000', `октябрь-ноябрь 2024 года${FURTHER}`, { kind: 'period', from: '2024-10', to: '2024-11', then: 'ongoing' }],
  ['000', `ноябрь - июнь 2025 года${FURTHER}`, { kind: 'period', from: '2024-11', to: '2025-06', then: 'ongoing' }],
  ['000', `август - сентябрь 2025 года${FURTHER}`, { kind: 'period', from: '2025-08', to: '2025-09', then: 'ongoing' }],
  ['000', `октябрь 2025 года${FURTHER}`, { kind: 'on', at: '2025-10', then: 'ongoing' }],
  ['000', `ноябрь - декабрь 2025 года${FURTHER}`, { kind: 'period', from: '2025-11', to: '2025-12', then: 'ongoing' }],
  ['001', 'Июнь 2021 г', { kind: 'on', at: '2021-06' }],
  ['001', 'Август-сентябрь 2021 г.', { kind: 'period', from: '2021-08', to: '2021-09' }],
  ['001', 'Сентябрь 2021 г.', { kind: 'on', at: '2021-09' }],
  ['001', 'Сентябрь-октябрь 2021 г.', { kind: 'period', from: '2021-09', to: '2021-10' }],
  ['001', 'С октября 2021 г. по мере необходимости', { kind: 'as_needed', from: '2021-10' }],
  ['001', 'Октябрь 2021 г.', { kind: 'on', at: '2021-10' }],
  ['001', 'Октябрь – ноябрь 2021 г.', { kind: 'period', from: '2021-10', to: '2021-11' }],
  ['001', 'Ноябрь 2021 г.', { kind: 'on', at: '2021-11' }],
  ['001', 'Ноябрь 2021 г. Далее - по мере необходимости', { kind: 'on', at: '2021-11', then: 'as_needed' }],
  ['001', 'Ноябрь – декабрь 2021 г.', { kind: 'period', from: '2021-11', to: '2021-12' }],
  ['001', 'Декабрь 2021 г', { kind: 'on', at: '2021-12' }],
  ['001', 'Декабрь 2021 г- далее – в течение всего периода реализации программы', { kind: 'on', at: '2021-12', then: 'ongoing' }],
  ['001', 'Декабрь 2021 г. – февраль 2022г.', { kind: 'period', from: '2021-12', to: '2022-02' }],
  ['001', 'В течение всего периода реализации проекта', { kind: 'ongoing' }],
  ['001', 'В течение всего периода', { kind: 'ongoing' }],
  ['001', 'ежегодно', { kind: 'recurring', every: 'year', months: [] }, 'recurrence_without_month'],
  ['001', '', { kind: 'text' }, 'empty'],
  // The programme's own start and end in seed 001's passport.
  ['001', 'август 2021г.', { kind: 'on', at: '2021-08' }],
  ['001', 'май 2022 г.', { kind: 'on', at: '2022-05' }],
  ['002', 'Август 2024', { kind: 'on', at: '2024-08' }],
  ['002', 'Сентябрь 2024', { kind: 'on', at: '2024-09' }],
  ['002', 'до 1 октября 2024', { kind: 'by', at: '2024-10-01' }],
  ['002', 'в соответствии со сроками реализации программ наставничества', { kind: 'external' }],
  ['002', 'В течение года', { kind: 'ongoing' }],
  ['002', 'в соответствии со сроками, устанавливаемыми Минпросвещения России', { kind: 'external' }],
  ['002', 'Ежегодно в мае', { kind: 'recurring', every: 'year', months: [5] }],
  ['002', 'Ежегодно в июне', { kind: 'recurring', every: 'year', months: [6] }],
  ['002', 'Ежегодно в мае, августе', { kind: 'recurring', every: 'year', months: [5, 8] }],
  // Seed 002's documents are dated so: «Приказ №32 от 04.09.2024 г.».
  ['002', '04.09.2024 г.', { kind: 'on', at: '2024-09-04' }],
  ['003', 'ноябрь 2020', { kind: 'on', at: '2020-11' }],
  // A month with no year in a roadmap «на 2020-2024 годы» comes every year; «ноябрь 2020» is once.
  ['003', 'сентябрь', { kind: 'recurring', every: 'year', months: [9] }],
  ['003', 'август - сентябрь', { kind: 'recurring', every: 'year', months: [9], opensIn: 8 }],
  ['003', 'постоянно', { kind: 'ongoing' }],
  ['003', '\n май\n\n', { kind: 'recurring', every: 'year', months: [5] }],
  ['003', '', { kind: 'text' }, 'empty'],
  ['004', 'Сентябрь-декабрь 2023', { kind: 'period', from: '2023-09', to: '2023-12' }],
  ['004', 'Сентябрь - ноябрь 2023', { kind: 'period', from: '2023-09', to: '2023-11' }],
  ['004', 'Октябрь - декабрь 2023', { kind: 'period', from: '2023-10', to: '2023-12' }],
  ['004', 'Январь – март 2024', { kind: 'period', from: '2024-01', to: '2024-03' }],
  ['004', 'Январь – февраль 2024', { kind: 'period', from: '2024-01', to: '2024-02' }],
  ['004', 'Ноябрь 2024', { kind: 'on', at: '2024-11' }],
  ['004', 'В течение года', { kind: 'ongoing' }],
]
