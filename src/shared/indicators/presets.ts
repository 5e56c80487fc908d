import type { IndicatorDefinition } from '../model/indicatorDefinition.ts'
import type { RecordFields } from '../model/record.ts'
import { definitionOfRow } from './guess.ts'
import type { TableRow } from './table.ts'

type PresetRow = Omit<TableRow, 'line' | 'targets'> & { targets: readonly number[] }

interface Preset {
  years: readonly number[]
  rows: readonly PresetRow[]
}

/**
 * Tables the curator applies in one click, word for word as the documents write them (each row read as a
 * pasted one is: `definitionOfRow`). The school programme's «Индикаторы программы» for 2021–2024, and the
 * Kirov region's «Показатели эффективности внедрения целевой модели наставничества» for 2020–2024.
 */
export const INDICATOR_PRESETS = {
  schoolProgram: {
    years: [2021, 2022, 2023, 2024],
    rows: [
      { name: 'Доля обучающихся в возрасте до 18 лет, вошедших в программы наставничества в роли наставляемого', note: '', targets: [10, 30, 50, 70] },
      { name: 'Доля обучающихся в возрасте до 18 лет, вошедших в программы наставничества в роли наставника', note: '', targets: [2, 5, 8, 10] },
      { name: 'Доля молодых специалистов, вошедших в программы наставничества в роли наставляемого', note: '', targets: [10, 30, 50, 70] },
      { name: 'Доля предприятия (организаций), социальных партнеров, предоставивших своих сотрудников в роли наставников, от общего числа предприятий, социальных партнеров', note: '', targets: [2, 8, 15, 20] },
      { name: 'Уровень удовлетворенности наставляемых участием в программах наставничества (опросный) от общего числа наставляемых', note: '', targets: [50, 65, 75, 85] },
      { name: 'Уровень удовлетворенности наставников участием в программах наставничества (опросный) от общего числа наставников', note: '', targets: [50, 65, 75, 85] },
    ],
  },
  kirovRegion: {
    years: [2020, 2021, 2022, 2023, 2024],
    rows: [
      {
        name: 'Доля детей в возрасте от 10 до 19 лет, проживающих в Кировской области, вошедших в программы наставничества в роли наставляемого, %',
        note: 'отношение количества детей в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого, к общему количеству детей, проживающих в Кировской области',
        targets: [10, 30, 40, 55, 70],
      },
      {
        name: 'Доля детей и подростков в возрасте от 15 до 19 лет, проживающих в Кировской области, вошедших в программы наставничества в роли наставника, %',
        note: 'отношение количества детей и подростков в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника, к общему количеству детей и подростков в возрасте от 15 до 19 лет, проживающих Кировской области',
        targets: [2, 4, 6, 8, 10],
      },
      {
        name: 'Доля учителей – молодых специалистов (с опытом работы от 0 до 3 лет), проживающих в Кировской области, вошедших в программы наставничества в роли наставляемого, %',
        note: 'отношение количества учителей – молодых специалистов, вошедших в программы наставничества в роли наставляемого, к общему количеству учителей – молодых специалистов, проживающих в Кировской области',
        targets: [10, 30, 40, 55, 70],
      },
      {
        name: 'Доля предприятий (организаций) от общего количества предприятий, осуществляющих деятельность в Кировской области, вошедших в программы наставничества, предоставив своих наставников, %',
        note: 'отношение количества предприятий, предоставивших своих сотрудников для участия в программах наставничества в роли наставников, к общему количеству предприятий, осуществляющих деятельность в Кировской области',
        targets: [2, 10, 20, 25, 30],
      },
    ],
  },
} as const satisfies Record<string, Preset>

export type PresetId = keyof typeof INDICATOR_PRESETS
export const PRESET_IDS = Object.keys(INDICATOR_PRESETS) as PresetId[]

/** A preset's rows as the school's definitions, placed after `position`. */
export function presetDefinitions(id: PresetId, position = 0): Array<RecordFields<IndicatorDefinition>> {
  const { years, rows } = INDICATOR_PRESETS[id]
  return rows.map((row, i) => definitionOfRow({
    line: i + 1,
    name: row.name,
    note: row.note,
    targets: Object.fromEntries(years.map((year, j) => [String(year), row.targets[j]!])),
  }, position + i))
}
