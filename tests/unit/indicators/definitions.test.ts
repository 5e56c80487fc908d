import { readFileSync } from 'node:fs'
import type { DefinitionInput, IndicatorValue } from '#shared/indicators/compute'
import { describe, expect, it } from 'vitest'
import { fullYears, inAgeBand } from '#shared/indicators/age'
import { computeIndicators } from '#shared/indicators/compute'
import { INDICATOR_PRESETS, presetDefinitions, type PresetId } from '#shared/indicators/presets'
import { indicatorRows, parseIndicatorTable, tableText } from '#shared/indicators/table'
import { captionedTables } from '#shared/roadmap/pastedText'
import { definitionOfRow } from '#shared/indicators/guess'
import { SEED_001_TABLE, SEED_003_TABLE } from './fixtures/seedTables.ts'
import { schoolInput } from './fixtures/school.ts'

/** A preset's rows as the school's stored definitions, with `totals` entered per row. */
function definitions(id: PresetId, totals: ReadonlyArray<Record<string, number>> = []): DefinitionInput[] {
  return presetDefinitions(id).map((d, i) => ({ ...d, totals: totals[i] ?? {}, id: `${id}-${i}`, deleted: 0 }))
}

const numerators = (values: IndicatorValue[]) => values.map(v => v.numerator)

describe('the seeds\' tables, pasted as written', () => {
  it('reads seed 001\'s «Индикаторы программы» (2021–2024) into the six built-in indicators with their targets', () => {
    const table = parseIndicatorTable(SEED_001_TABLE)
    expect(table.problems).toEqual([])
    expect(table.years).toEqual(['2021', '2022', '2023', '2024'])
    const read = table.rows.map((row, i) => definitionOfRow(row, i))
    expect(read).toEqual(presetDefinitions('schoolProgram'))
    expect(read.map(d => d.basedOn)).toEqual(['menteeStudents', 'mentorStudents', 'menteeYoungSpecialists', 'partnersWithMentors', 'menteeSatisfaction', 'mentorSatisfaction'])
    expect(read[0]).toMatchObject({ measure: 'participants', role: 'mentee', categories: ['student', 'college_student'], ageBand: { from: 0, to: 17 }, targets: { 2021: 10, 2022: 30, 2023: 50, 2024: 70 } })
    expect(read[3]).toMatchObject({ measure: 'partners', denominator: 'предприятий, социальных партнеров', targets: { 2021: 2, 2024: 20 } })
    expect(read[5]).toMatchObject({ measure: 'satisfaction', role: 'mentor', targets: { 2021: 50, 2024: 85 } })
  })

  it('reads seed 003\'s Kirov table (2020–2024): age bands 10–19 and 15–19, the definitions\' texts and totals', () => {
    const table = parseIndicatorTable(SEED_003_TABLE)
    expect(table.problems).toEqual([])
    expect(table.years).toEqual(['2020', '2021', '2022', '2023', '2024'])
    const read = table.rows.map((row, i) => definitionOfRow(row, i))
    expect(read).toEqual(presetDefinitions('kirovRegion'))
    const [children, teens, teachers, enterprises] = read
    expect(children).toMatchObject({ role: 'mentee', ageBand: { from: 10, to: 19 }, basedOn: '', denominator: 'детей, проживающих в Кировской области', targets: { 2020: 10, 2021: 30, 2022: 40, 2023: 55, 2024: 70 } })
    expect(children?.note).toMatch(/^отношение количества детей в возрасте от 10 до 19 лет/)
    expect(teens).toMatchObject({ role: 'mentor', ageBand: { from: 15, to: 19 }, basedOn: '', targets: { 2020: 2, 2024: 10 } })
    // «с опытом работы от 0 до 3 лет» is experience, not an age.
    expect(teachers).toMatchObject({ role: 'mentee', categories: ['young_specialist'], ageBand: null, basedOn: 'menteeYoungSpecialists', targets: { 2020: 10, 2022: 40 } })
    // The region's companies are not the school's partners: not the built-in, whose whole is the partner registry.
    expect(enterprises).toMatchObject({ measure: 'partners', basedOn: '', denominator: 'предприятий, осуществляющих деятельность в Кировской области', targets: { 2020: 2, 2021: 10, 2022: 20, 2023: 25, 2024: 30 } })
  })

  it('names the row and the column of a cell it cannot read, and a table without year columns', () => {
    const table = parseIndicatorTable('Показатель\t2021 г\t2022 г.\n\nДоля наставляемых\t10%\tмного\n\t5\t6')
    expect(table.years).toEqual(['2021', '2022'])
    expect(table.rows[0]).toMatchObject({ line: 3, name: 'Доля наставляемых', targets: { 2021: 10 } })
    expect(table.problems).toEqual([
      { line: 3, column: '2022 г.', code: 'not_percent', text: 'много' },
      { line: 4, column: '', code: 'no_name', text: '' },
    ])
    expect(parseIndicatorTable('Доля\t10\t20').problems).toEqual([{ line: 1, column: '', code: 'no_years', text: '' }])
    expect(parseIndicatorTable('Показатель\t2021\nДоля\t120%').problems).toMatchObject([{ code: 'not_percent', text: '120%' }])
  })
})

describe('the indicator table of a roadmap\'s document, handed to the monitoring', () => {
  const seedText = (seed: string) => readFileSync(`tests/unit/roadmap/fixtures/seedText/${seed}.txt`, 'utf8')
  const handed = (seed: string) => captionedTables(seedText(seed)).map(table => indicatorRows(table.rows)).find(Boolean)

  it('is the rows under the one heading years, read as the same table pasted by hand (seed 001\'s passport, seed 003)', () => {
    const passport = handed('001')!
    // Of the passport's goal, tasks, indicators, results and risks: the heading and the six indicators.
    expect(passport.map(row => row.filter(Boolean)[0]?.slice(0, 30))).toEqual(['3.', 'Доля обучающихся в возрасте до', 'Доля обучающихся в возрасте до', 'Доля молодых специалистов, вош', 'Доля предприятия (организаций)', 'Уровень удовлетворенности наст', 'Уровень удовлетворенности наст'])
    expect(parseIndicatorTable(tableText(passport)).rows.map((row, i) => definitionOfRow(row, i))).toEqual(presetDefinitions('schoolProgram'))
    expect(parseIndicatorTable(tableText(handed('003')!)).rows.map((row, i) => definitionOfRow(row, i))).toEqual(presetDefinitions('kirovRegion'))
    expect(handed('004')).toBeUndefined()
  })

  it('goes as text with Excel\'s quotes where a cell holds a tab, a line or a quote', () => {
    const rows = [['Показатель', '2021 г', '2022 г'], ['Доля «наставляемых»\n(отношение "А" к Б)', '10%', '20\t%']]
    expect(tableText(rows)).toBe('Показатель\t2021 г\t2022 г\n"Доля «наставляемых»\n(отношение ""А"" к Б)"\t10%\t"20\t%"')
    expect(parseIndicatorTable(tableText(rows)).rows[0]).toMatchObject({ name: 'Доля «наставляемых»', note: 'отношение "А" к Б', targets: { 2021: 10 } })
  })
})

describe('who a row counts, read from its words', () => {
  const read = (name: string, note = '') => definitionOfRow({ line: 1, name, note, targets: {} }, 0)

  it('reads age bands written in other ways, and never years of work as an age', () => {
    expect(read('Дети 10–19 лет в роли наставника')).toMatchObject({ measure: 'participants', role: 'mentor', categories: ['student', 'college_student'], ageBand: { from: 10, to: 19 }, basedOn: '' })
    expect(read('Доля учащихся до 18 лет в роли наставника')).toMatchObject({ ageBand: { from: 0, to: 17 }, basedOn: 'mentorStudents' })
    expect(read('Доля педагогов со стажем до 3 лет в роли наставляемого')).toMatchObject({ categories: ['teacher', 'young_specialist'], ageBand: null, basedOn: '' })
    expect(read('Доля выпускников, ставших наставниками')).toMatchObject({ measure: 'participants', categories: [], ageBand: null, basedOn: '' })
  })
})

describe('age bands', () => {
  it('counts full years on 1 January of the year, the birthday itself included', () => {
    expect(fullYears('2010-12-31', '2021-01-01')).toBe(10)
    expect(fullYears('2011-01-01', '2021-01-01')).toBe(10)
    expect(fullYears('2011-01-02', '2021-01-01')).toBe(9)
    const band = { from: 10, to: 19 }
    expect(inAgeBand({ category: 'student', birthDate: '2011-06-01' }, band, 2021)).toBe(false) // 9
    expect(inAgeBand({ category: 'college_student', birthDate: '2001-06-15' }, band, 2021)).toBe(true) // 19 on 1 January
    expect(inAgeBand({ category: 'college_student', birthDate: '2001-01-01' }, band, 2021)).toBe(false) // 20 on it
    // No birth date: a pupil is under 18, but whether 10 or over is unknown.
    expect(inAgeBand({ category: 'student', birthDate: '' }, { from: 0, to: 17 }, 2021)).toBe(true)
    expect(inAgeBand({ category: 'student', birthDate: '' }, band, 2021)).toBe(false)
    expect(inAgeBand({ category: 'teacher', birthDate: '' }, { from: 0, to: 17 }, 2021)).toBe(false)
  })
})

describe('a school\'s own definitions on a fixture school', () => {
  it('counts seed 003\'s indicators in 2021 against the totals entered for the year', () => {
    const values = computeIndicators(schoolInput({ definitions: definitions('kirovRegion', [{ 2021: 30 }, { 2021: 20 }, { 2021: 4 }, { 2021: 10 }]) }))
    // 10–19 mentees: kid10, college17, teen19; 15–19 mentors: mentor16; young specialists: young1; organisations: a and b.
    expect(numerators(values)).toEqual([3, 1, 1, 2])
    expect(values.map(v => [v.denominator, v.value, v.target, v.met])).toEqual([[30, 10, 30, false], [20, 5, 4, true], [4, 25, 30, false], [10, 20, 10, true]])
    expect(values[0]).toMatchObject({ key: 'kirovRegion-0', own: { measure: 'participants', basedOn: '' } })
    expect(values[0]?.own?.name).toMatch(/^Доля детей в возрасте от 10 до 19 лет/)
  })

  it('leaves seed 003\'s share of the region\'s companies without a whole until one is entered, not the school\'s partners', () => {
    const enterprises = computeIndicators(schoolInput({ partnerCount: 4, definitions: definitions('kirovRegion') }))[3]
    expect(enterprises).toMatchObject({ numerator: 2, denominator: null, value: null })
    // The school programme's «от общего числа предприятий, социальных партнеров» is the registry's.
    const partners = computeIndicators(schoolInput({ partnerCount: 4, definitions: definitions('schoolProgram') }))[3]
    expect(partners).toMatchObject({ numerator: 2, denominator: 4, value: 50 })
  })

  it('takes seed 003\'s 2020 targets in 2020, and has none beyond the table\'s last year', () => {
    expect(computeIndicators(schoolInput({ year: 2020, definitions: definitions('kirovRegion') })).map(v => v.target)).toEqual([10, 2, 10, 2])
    expect(computeIndicators(schoolInput({ year: 2025, definitions: definitions('kirovRegion') })).map(v => v.met)).toEqual([null, null, null, null])
  })

  it('counts seed 001\'s «до 18 лет» (0–17 on 1 January) as the built-in indicators do, with the table\'s targets', () => {
    const own = computeIndicators(schoolInput({ definitions: definitions('schoolProgram') }))
    const builtIn = computeIndicators(schoolInput())
    // Under 18 as mentees: kid9, kid10, pupil, college17; as mentors: mentor16, mentor14.
    expect(numerators(own)).toEqual([4, 2, 1, 2, 0, 0])
    expect(numerators(own)).toEqual(numerators(builtIn))
    expect(own.map(v => v.target)).toEqual(INDICATOR_PRESETS.schoolProgram.rows.map(r => r.targets[0]))
    // Without totals of their own, partners fall back to the registry's count, as the built-in does.
    expect(own[3]).toMatchObject({ denominator: 3, value: 66.7 })
  })

  it('lets a definition based on a built-in use that indicator\'s year settings for a missing target or total', () => {
    const settings = { targets: { menteeStudents: 12, mentorStudents: null, menteeYoungSpecialists: null, partnersWithMentors: null, menteeSatisfaction: null, mentorSatisfaction: null }, denominators: { studentsUnder18: 40, youngSpecialists: null, partnerOrganizations: null } }
    const [first] = definitions('schoolProgram')
    const noTargets = { ...first!, targets: {} }
    expect(computeIndicators(schoolInput({ settings, definitions: [noTargets] }))[0]).toMatchObject({ numerator: 4, denominator: 40, value: 10, target: 12 })
    expect(computeIndicators(schoolInput({ settings: undefined, definitions: [noTargets] }))[0]).toMatchObject({ denominator: null, target: 10 }) // the seeds', year 1
    expect(computeIndicators(schoolInput({ settings, definitions: [{ ...noTargets, totals: { 2021: 8 } }] }))[0]).toMatchObject({ denominator: 8, value: 50 })
  })

  it('counts satisfaction of the role\'s respondents, and keeps deleted definitions and their order out', () => {
    const satisfaction = [{ audience: 'mentor' as const, year: 2021, satisfied: 4, count: 5 }]
    const [, , , , mentees, mentors] = definitions('schoolProgram')
    const values = computeIndicators(schoolInput({ satisfaction, definitions: [{ ...mentors!, position: 0 }, { ...mentees!, position: 1 }, { ...mentees!, id: 'gone', deleted: 1 }] }))
    expect(values.map(v => [v.key, v.numerator, v.denominator, v.value])).toEqual([['schoolProgram-5', 4, 5, 80], ['schoolProgram-4', 0, null, null]])
  })
})
