import { describe, expect, it } from 'vitest'
import { declineSchool } from '../../../src/app/data/schoolName.ts'
import { buildRoadmapDocument } from '../../../src/app/features/reports/roadmapDocument.ts'

describe('the school\'s name in the case a document\'s sentence needs', () => {
  it.each([
    ['Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»', 'Муниципальном бюджетном общеобразовательном учреждении «Средняя общеобразовательная школа № 7»', 'Муниципального бюджетного общеобразовательного учреждения «Средняя общеобразовательная школа № 7»'],
    ['Демо-школа № 1', 'Демо-школе № 1', 'Демо-школы № 1'],
    ['Средняя школа № 5', 'Средней школе № 5', 'Средней школы № 5'],
    ['Гимназия № 2 имени А. С. Пушкина', 'Гимназии № 2 имени А. С. Пушкина', 'Гимназии № 2 имени А. С. Пушкина'],
    ['Городской лицей «Вектор»', 'Городском лицее «Вектор»', 'Городского лицея «Вектор»'],
    ['Центр образования № 14', 'Центре образования № 14', 'Центра образования № 14'],
    ['Общеобразовательная школа-интернат', 'Общеобразовательной школе-интернате', 'Общеобразовательной школы-интерната'],
    ['Кадетский корпус', 'Кадетском корпусе', 'Кадетского корпуса'],
    ['Специальная (коррекционная) общеобразовательная школа-интернат № 3', 'Специальной (коррекционной) общеобразовательной школе-интернате № 3', 'Специальной (коррекционной) общеобразовательной школы-интерната № 3'],
    ['Детский сад № 5', 'Детском саду № 5', 'Детского сада № 5'],
    ['Дворец детского творчества', 'Дворце детского творчества', 'Дворца детского творчества'],
    ['Третья школа', 'Третьей школе', 'Третьей школы'],
    ['Бизнес-школа', 'Бизнес-школе', 'Бизнес-школы'],
    // The kind abbreviated, as seed 004 writes «в МБОУ «СОШ №20»»: nothing to decline.
    ['МБОУ «СОШ №20»', 'МБОУ «СОШ №20»', 'МБОУ «СОШ №20»'],
    ['МАОУ СОШ № 7 г. Томска', 'МАОУ СОШ № 7 г. Томска', 'МАОУ СОШ № 7 г. Томска'],
  ] as const)('%s', (name, prepositional, genitive) => {
    expect(declineSchool(name, 'prepositional')).toEqual({ text: prepositional, unsure: false })
    expect(declineSchool(name, 'genitive')).toEqual({ text: genitive, unsure: false })
  })

  it('leaves a name its rules do not know as written, for the curator to correct', () => {
    expect(declineSchool('«Школа будущего»', 'prepositional')).toEqual({ text: '«Школа будущего»', unsure: true })
    expect(declineSchool('School No. 5', 'genitive')).toEqual({ text: 'School No. 5', unsure: true })
    // A kind of two parts, a noun the rules do not know, an adjective with no noun after it.
    for (const name of ['Начальная школа-детский сад № 5', 'Начальная школа – детский сад', 'Творческая мастерская', 'Вечерняя им. Ленина'])
      expect(declineSchool(name, 'prepositional')).toEqual({ text: name, unsure: true })
  })

  it('names the school so in the roadmap\'s title and its approval when the requisites have only its name', () => {
    const roadmap = { id: 'rm', updatedAt: '', deleted: 0 as const, title: 'Дорожная карта внедрения целевой модели наставничества', startDate: '2026-09-01', endDate: '2027-06-30', numbering: 'arabic' as const, eventNumbering: 'stage' as const, stages: [], approval: '' }
    const requisites = { fullName: 'Демо-школа № 1', shortName: '', address: '', city: '', directorName: 'Шиловская Яна Андреевна', directorPosition: 'Директор', curatorName: '', curatorPosition: '', namePrepositional: '', nameGenitive: '' }
    const doc = buildRoadmapDocument({ requisites, roadmap, events: [], people: [], order: { number: '', date: '', names: {} } })
    expect(doc.title).toContain('в Демо-школе № 1')
    expect(doc.approval?.[1]).toBe('Директор Демо-школы № 1')
  })
})
