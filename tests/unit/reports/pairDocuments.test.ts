import type { Consent } from '#shared/model/consent'
import type { Meeting } from '#shared/model/meeting'
import type { Pair } from '#shared/model/pair'
import { NO_WORK, type Person } from '#shared/model/person'
import type { PlanItem } from '#shared/model/planItem'
import type { Program } from '#shared/model/program'
import type { Roadmap } from '#shared/model/roadmap'
import type { RoadmapEvent } from '#shared/model/roadmapEvent'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildAgreement } from '../../../src/app/features/reports/agreement.ts'
import { buildAppointment } from '../../../src/app/features/reports/appointment.ts'
import type { ReportDocument } from '../../../src/app/features/reports/document.ts'
import { toDocx } from '../../../src/app/features/reports/docx.ts'
import { buildMeetingJournal } from '../../../src/app/features/reports/meetingJournal.ts'
import { buildPairPlan } from '../../../src/app/features/reports/pairPlan.ts'

const base = { updatedAt: '', deleted: 0 as const }
const requisites = { fullName: 'МБОУ «СОШ № 17 «Родник»', shortName: 'СОШ № 17', address: '', city: 'г. Калуга', directorName: 'Шиловская Яна Андреевна', directorPosition: 'Директор', curatorName: 'Петрова Анна Игоревна', curatorPosition: 'заместитель директора по УВР', namePrepositional: '', nameGenitive: '' }
const noEdits = { number: '', date: '', texts: {}, names: {} }
const person = (id: string, name: string, fields: Partial<Person> = {}): Person =>
  ({ ...base, id, name, category: 'young_specialist', classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 0, isMentee: 1, notes: '', partnerId: '', ...NO_WORK, erased: 0, ...fields })
const people = [
  person('m1', 'Зорина Анна Павловна', { category: 'teacher', isMentor: 1, position: 'учитель истории' }),
  person('m2', 'Смирнов Лев Николаевич', { category: 'teacher', isMentor: 1 }),
  person('y1', 'Лапин Кирилл Олегович', { position: 'учитель истории', requests: ['дисциплина на уроке'] }),
  person('s1', 'Орлова Мария Сергеевна', { category: 'student', classGroup: '7Б' }),
  person('s2', 'Ким Олег', { category: 'student', classGroup: '7Б' }),
]
const program: Program = { ...base, id: 'prog', name: 'Педагог — молодой специалист', form: 'учитель – учитель', startDate: '2025-09-01', endDate: '2026-05-31', goals: 'Адаптация молодого педагога в коллективе', status: 'active', roleVariation: '', curators: '', meetingKinds: [] }
// Its school names its first meeting as seed 002 does, and keeps the methodology's word for the rest.
const pupils: Program = { ...program, id: 'pupils', name: 'Ученик — ученик', form: 'ученик – ученик', meetingKinds: [{ kind: 'intro', name: 'первая, организационная встреча' }, { kind: 'work', name: '' }] }
const pair = (id: string, fields: Partial<Pair>): Pair =>
  ({ ...base, id, programId: 'prog', mentorId: 'm1', menteeIds: ['y1'], startDate: '2025-09-15', plannedEndDate: '2026-05-31', status: 'active', endReason: '', ...fields })
const pairs = [
  pair('p1', {}),
  pair('p2', { programId: 'pupils', menteeIds: ['s1', 's2'] }),
  pair('p3', { menteeIds: ['s1'], status: 'dissolved', endReason: 'переезд' }),
  pair('p4', { mentorId: 'm2', menteeIds: ['s2'] }),
]
const duties: Consent = { ...base, id: 'c1', personId: 'm1', kind: 'mentor_duties', signedBy: 'self', guardianName: '', date: '2025-08-29', documentRef: '', validFrom: '2025-09-01', validUntil: '2026-05-31', withdrawnDate: '', agreementNumber: 'ДС-12', agreementDate: '2025-08-29', payBasis: 'доплата 10 % должностного оклада по положению об оплате труда' }

const textOf = (doc: ReportDocument) => doc.blocks.flatMap(b => b.kind === 'paragraph' || b.kind === 'heading' ? [b.text] : b.kind === 'list' ? b.items : []).join('\n')
const tableOf = (doc: ReportDocument, n = 0) => doc.blocks.filter(b => b.kind === 'table')[n]
const signatures = (doc: ReportDocument) => doc.blocks.flatMap(b => (b.kind === 'signature' ? [`${b.role}: ${b.name}`] : []))

async function docxText(doc: ReportDocument): Promise<string> {
  const files = unzipSync(new Uint8Array(await (await toDocx(doc)).arrayBuffer()))
  return [...strFromU8(files['word/document.xml']!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join('')
}

describe('дополнительное соглашение о наставничестве (ТК РФ ст. 351.8)', () => {
  const agreement = (consent: Consent | undefined, draft = noEdits) => buildAgreement({ requisites, mentor: people[0]!, consent, pairs, people, programs: [program, pupils], draft })

  it('names the parties in their cases, the mentees of the mentor\'s pairs, the period, form and pay of the duties consent', async () => {
    const doc = agreement(duties)
    const text = textOf(doc)
    expect(text).toContain('МБОУ «СОШ № 17 «Родник», именуемое в дальнейшем «Работодатель», в лице директора Шиловской Яны Андреевны, действующей на основании Устава')
    expect(text).toContain('Зорина Анна Павловна, учитель истории, именуемая в дальнейшем «Работник»')
    expect(text).toContain('Лапин Кирилл Олегович (учитель истории) — программа «Педагог — молодой специалист», с 15 сентября 2025 г. по 31 мая 2026 г.')
    expect(text).toContain('Орлова Мария Сергеевна (7Б) — программа «Ученик — ученик»')
    // A dissolved pair and another mentor's pair are not the mentor's duties.
    expect(text.match(/Орлова Мария Сергеевна/g)).toHaveLength(1)
    expect(text).not.toContain('Смирнов')
    expect(text).toContain('3. Срок выполнения дополнительной работы: с 1 сентября 2025 г. по 31 мая 2026 г.')
    expect(text).toContain('4. Форма наставничества: учитель – учитель, ученик – ученик; индивидуальное и групповое наставничество.')
    expect(text).toContain('5. За выполнение дополнительной работы Работнику устанавливается: доплата 10 % должностного оклада по положению об оплате труда.')
    expect(doc.blocks).toContainEqual({ kind: 'dateLine', date: '29 августа 2025 г.', number: '№ ДС-12' })
    expect(signatures(doc)).toEqual(['Работодатель: Директор: Я. А. Шиловская', 'Работник (учитель истории): А. П. Зорина'])
    expect(doc.names?.map(n => n.text)).toEqual(['Шиловской Яны Андреевны'])
    const docx = await docxText(doc)
    expect(docx).toContain('в лице директора Шиловской Яны Андреевны')
    expect(docx).toContain('доплата 10\u00A0% должностного оклада')
  })

  it('names the director in the genitive the requisites correct, for every mentor\'s agreement', () => {
    const written = 'Мамедова Севиль Рауф кызы'
    const corrected = { ...requisites, directorName: written, directorNameForms: { of: written, genitive: 'Мамедовой Севиль Рауф кызы' } }
    const doc = buildAgreement({ requisites: corrected, mentor: people[0]!, consent: duties, pairs, people, programs: [program, pupils], draft: noEdits })
    expect(textOf(doc)).toContain('в лице директора Мамедовой Севиль Рауф кызы, ')
    expect(doc.names).toEqual([{ key: 'director:genitive', written, nameCase: 'genitive', text: 'Мамедовой Севиль Рауф кызы', unsure: false, corrected: false, correctAt: '/settings/school' }])
  })

  it('takes the curator\'s number and date over the consent\'s, and leaves blanks where no consent is recorded', () => {
    expect(agreement(duties, { ...noEdits, number: '7', date: '2025-09-01' }).blocks).toContainEqual({ kind: 'dateLine', date: '1 сентября 2025 г.', number: '№ 7' })
    // A number typed, or stored before the schema dropped it, with its own «№» is printed with one.
    expect(agreement({ ...duties, agreementNumber: '№ ДС-12' }).blocks).toContainEqual({ kind: 'dateLine', date: '29 августа 2025 г.', number: '№ ДС-12' })
    expect(agreement(duties, { ...noEdits, number: '№7' }).blocks).toContainEqual({ kind: 'dateLine', date: '29 августа 2025 г.', number: '№ 7' })
    const text = textOf(agreement(undefined))
    expect(text).toContain('устанавливается: ________________________________ (размер доплаты')
    expect(text).toContain('с «___» ____________ 20___ г. по «___» ____________ 20___ г.')
    // Without a period, the running pairs are the duties.
    expect(text).toContain('Лапин Кирилл Олегович')
  })
})

describe('индивидуальный план пары', () => {
  const item = (id: string, position: number, fields: Partial<PlanItem>): PlanItem =>
    ({ ...base, id, pairId: 'p2', title: `Пункт ${position}`, dueDate: '', status: 'planned', result: '', position, ...fields })
  const items = [
    item('i2', 2, { title: 'Совместный проект', dueDate: '2026-02-15', status: 'in_progress' }),
    item('i1', 1, { title: 'Встреча-знакомство', dueDate: '2025-09-20', status: 'done', result: 'Знакомство состоялось' }),
    item('x', 0, { pairId: 'p1', title: 'Чужой пункт' }),
  ]
  const parent: Consent = { ...duties, id: 'c2', personId: 's1', kind: 'pdn', signedBy: 'guardian', guardianName: 'Орлов Сергей Петрович', validFrom: '', validUntil: '', agreementNumber: '', agreementDate: '', payBasis: '' }

  it('lists the pair\'s plan items in order with their dates and marks, and the lines of mentor, mentees, a parent and the curator', async () => {
    const doc = buildPairPlan({ requisites, pair: pairs[1]!, program: pupils, people, planItems: items, consents: [parent], draft: noEdits })
    const text = textOf(doc)
    expect(text).toContain('Наставник: Зорина Анна Павловна, учитель истории.')
    expect(text).toContain('Наставляемые (группа): Орлова Мария Сергеевна, 7Б; Ким Олег, 7Б.')
    expect(text).toContain('Срок реализации: с 15 сентября 2025 г. по 31 мая 2026 г.')
    expect(text).toContain('Цели и задачи: Адаптация молодого педагога в коллективе')
    const table = tableOf(doc)
    expect(table?.kind === 'table' && table.rows).toEqual([
      ['1', 'Встреча-знакомство', '20.09.2025', 'выполнено', 'Знакомство состоялось'],
      ['2', 'Совместный проект', '15.02.2026', 'в работе', ''],
    ])
    expect(signatures(doc)).toEqual([
      'Наставник: А. П. Зорина',
      'Наставляемый: М. С. Орлова',
      'Законный представитель наставляемого: С. П. Орлов',
      'Наставляемый: О. Ким',
      'Куратор (заместитель директора по УВР): А. И. Петрова',
    ])
    expect(await docxText(doc)).toContain('Знакомство состоялось')
  })

  it('has a pupil mentor\'s parent sign beside them, as a mentee\'s does (seed 000\'s tenth-former with a group)', () => {
    const mentorParent: Consent = { ...parent, id: 'c3', personId: pairs[1]!.mentorId, guardianName: 'Зорин Павел Ильич' }
    const doc = buildPairPlan({ requisites, pair: pairs[1]!, program: pupils, people, planItems: items, consents: [parent, mentorParent], draft: noEdits })
    expect(signatures(doc).slice(0, 3)).toEqual(['Наставник: А. П. Зорина', 'Законный представитель наставника: П. И. Зорин', 'Наставляемый: М. С. Орлова'])
  })

  it('keeps the curator\'s rewritten goals', () => {
    const doc = buildPairPlan({ requisites, pair: pairs[0]!, program, people, planItems: [], consents: [], draft: { ...noEdits, texts: { goals: { text: 'Цели: освоить журнал', base: 'x' } } } })
    expect(textOf(doc)).toContain('Цели: освоить журнал')
    expect(textOf(doc)).toContain('Пунктов плана пока нет.')
    expect(textOf(doc)).toContain('Запросы наставляемого: дисциплина на уроке.')
  })
})

describe('журнал встреч', () => {
  const meeting = (id: string, date: string, fields: Partial<Meeting> = {}): Meeting =>
    ({ ...base, id, pairId: 'p2', date, kind: 'work', durationMin: 45, format: 'in_person', attendeeIds: [], topic: 'Подготовка проекта', notes: 'личное', planItemIds: [], nextDate: '', mentorId: 'm1', enteredBy: '', ...fields })
  const meetings = [
    meeting('a', '2026-03-02', { attendeeIds: ['s1'], durationMin: 90 }),
    // Held by the mentor before the pair changed hands: it stays theirs.
    meeting('b', '2025-10-01', { mentorId: 'm2', kind: 'intro', format: 'remote', attendeeIds: ['s1', 's2'] }),
    meeting('c', '2025-11-05', { pairId: 'p1', topic: 'Открытый урок' }),
    meeting('d', '2026-09-02', { pairId: 'p1' }),
    { ...meeting('e', '2026-01-01'), deleted: 1 as const },
  ]

  it('of a pair: every meeting with the mentor who held it, its kind as the programme names it, length and who came to the group', async () => {
    const doc = buildMeetingJournal({ requisites, scope: { pairId: 'p2' }, pairs, programs: [program, pupils], people, meetings, draft: noEdits })
    const table = tableOf(doc)
    // The last column is for the mentees to sign each meeting on paper.
    expect(table?.kind === 'table' && table.head).toEqual(['№', 'Дата', 'Провёл(а)', 'Вид встречи, формат, тема', 'Мин.', 'Присутствовали', 'Подписи наставляемых'])
    expect(table?.kind === 'table' && table.rows).toEqual([
      ['1', '01.10.2025', 'Смирнов Лев Николаевич', 'первая, организационная встреча, дистанционно. Подготовка проекта', '45', 'Орлова Мария Сергеевна, Ким Олег', ''],
      ['2', '02.03.2026', 'Зорина Анна Павловна', 'рабочая встреча, очно. Подготовка проекта', '90', 'Орлова Мария Сергеевна', ''],
    ])
    const text = textOf(doc)
    expect(text).toContain('наставник Зорина Анна Павловна; наставляемые: Орлова Мария Сергеевна, Ким Олег')
    expect(text).toContain('Всего встреч: 2; общая продолжительность: 2 ч 15 мин.')
    expect(text).not.toContain('личное')
    // A journal is kept, not issued: no order's «№» and date line.
    expect(doc.blocks.some(b => b.kind === 'dateLine')).toBe(false)
    expect(signatures(doc)).toEqual(['Наставник: А. П. Зорина', 'Куратор (заместитель директора по УВР): А. И. Петрова'])
    expect(await docxText(doc)).toContain('Смирнов Лев Николаевич')
  })

  it('of a pair and its plan are signed by the programme\'s curators, each on a line, where the requisites name no curator', () => {
    const noCurator = { ...requisites, curatorName: '', curatorPosition: '' }
    const two = { ...pupils, curators: 'Иванова Мария Петровна (заместитель директора по УВР), Петров Сергей Сергеевич (руководитель МО)' }
    const expected = ['Куратор (заместитель директора по УВР): М. П. Иванова', 'Куратор (руководитель МО): С. С. Петров']
    const journal = buildMeetingJournal({ requisites: noCurator, scope: { pairId: 'p2' }, pairs, programs: [program, two], people, meetings, draft: noEdits })
    expect(signatures(journal).slice(1)).toEqual(expected)
    const plan = buildPairPlan({ requisites: noCurator, pair: pairs[1]!, program: two, people, planItems: [], consents: [], draft: noEdits })
    expect(signatures(plan).slice(-2)).toEqual(expected)
  })

  it('of a period: the school\'s meetings within the dates, with each pair\'s mentees', () => {
    const doc = buildMeetingJournal({ requisites, scope: { from: '2025-09-01', to: '2026-08-31' }, pairs, programs: [program, pupils], people, meetings, draft: noEdits })
    const table = tableOf(doc)
    expect(table?.kind === 'table' && table.rows.map(r => [r[1], r[2], r[3]])).toEqual([
      ['01.10.2025', 'Орлова Мария Сергеевна, Ким Олег', 'Смирнов Лев Николаевич'],
      ['05.11.2025', 'Лапин Кирилл Олегович', 'Зорина Анна Павловна'],
      ['02.03.2026', 'Орлова Мария Сергеевна, Ким Олег', 'Зорина Анна Павловна'],
    ])
    // One mentee: the mentee, whether or not the meeting listed them; a blank would read as nobody came.
    expect(table?.kind === 'table' && table.rows[1]?.at(-1)).toBe('Лапин Кирилл Олегович')
    expect(textOf(doc)).toContain('за период с 1 сентября 2025 г. по 31 августа 2026 г.')
    expect(textOf(buildMeetingJournal({ requisites, scope: { from: '2027-01-01', to: '2027-12-31' }, pairs, programs: [program, pupils], people, meetings, draft: noEdits }))).toContain('Встреч за этот период нет.')
  })

  it('of a period and a programme: only its pairs\' meetings, named in the subtitle, signed by its curators', () => {
    const withCurators = { ...pupils, curators: 'Иванова Мария Петровна (руководитель МО)' }
    const doc = buildMeetingJournal({ requisites: { ...requisites, curatorName: '' }, scope: { from: '2025-09-01', to: '2026-08-31', programId: 'pupils' }, pairs, programs: [program, withCurators], people, meetings, draft: noEdits })
    const table = tableOf(doc)
    expect(table?.kind === 'table' && table.rows.map(r => r[1])).toEqual(['01.10.2025', '02.03.2026'])
    expect(textOf(doc)).toContain('наставнических пар (групп) программы «Ученик — ученик» за период с 1 сентября 2025 г. по 31 августа 2026 г.')
    expect(signatures(doc)).toEqual(['Куратор (руководитель МО): М. П. Иванова'])
  })
})

describe('приказ об утверждении положения, дорожной карты и о назначении куратора', () => {
  const roadmap: Roadmap = { ...base, id: 'rm', title: 'Дорожная карта внедрения целевой модели наставничества на 2025/26 учебный год', startDate: '2025-09-01', endDate: '2026-06-30', numbering: 'roman', eventNumbering: 'stage', stages: [{ id: 'a', title: 'Подготовка условий', resources: '' }, { id: 'b', title: 'Формирование базы наставников', resources: '' }, { id: 'c', title: 'Завершение', resources: '' }], approval: '' }
  const event = (id: string, stageId: string, position: number, fields: Partial<RoadmapEvent>): RoadmapEvent =>
    ({ ...base, id, roadmapId: 'rm', stageId, programIds: [], title: id, deadline: { kind: 'text', text: '' }, responsibleIds: [], responsible: '', sphere: '', plannedResult: '', status: 'planned', doneOn: '', issued: null, occurrences: [], position, number: '', ...fields })
  const events = [
    event('Издание приказа о внедрении', 'a', 0, { deadline: { kind: 'on', at: '2025-09', text: 'Сентябрь 2025 г.' }, responsible: 'директор', plannedResult: 'Приказ' }),
    event('Анкетирование педагогов', 'b', 1, { deadline: { kind: 'period', from: '2025-10', to: '2025-11', text: '' }, responsibleIds: ['m1'] }),
    event('Встреча с родителями', 'b', 0, { deadline: { kind: 'external', text: 'в соответствии со сроками реализации программ' }, responsible: 'классные руководители' }),
  ]

  it('names the curator in the accusative and appends the roadmap by stages, deadlines as written, with the result column', async () => {
    const doc = buildAppointment({ requisites, roadmap, events, people, draft: { ...noEdits, number: '12-о', date: '2025-08-30' } })
    const text = textOf(doc)
    expect(text).toContain('3. Назначить куратором внедрения целевой модели наставничества Петрову Анну Игоревну (заместителя директора по УВР).')
    // Requisites that name no curator yet: the curator signed in, as the order assigning pairs and the signature name them.
    const unnamed = textOf(buildAppointment({ requisites: { ...requisites, curatorName: '', curatorPosition: '', signedInCurator: 'Ковалёва Светлана Петровна' }, roadmap, events, people, draft: noEdits }))
    expect(unnamed).toContain('3. Назначить куратором внедрения целевой модели наставничества Ковалёву Светлану Петровну.')
    // Its title names its period: the sentence does not name it again in dates.
    expect(text).toContain('2. Утвердить дорожную карту внедрения целевой модели наставничества на 2025/26 учебный год (приложение к настоящему приказу).')
    const renamed = textOf(buildAppointment({ requisites, roadmap: { ...roadmap, title: 'План мероприятий по внедрению целевой модели наставничества' }, events, people, draft: noEdits }))
    expect(renamed).toContain('2. Утвердить дорожную карту «План мероприятий по внедрению целевой модели наставничества» на период с 1 сентября 2025 г. по 30 июня 2026 г. (приложение к настоящему приказу).')
    expect(text).toContain('распоряжением Министерства просвещения Российской Федерации от 25 декабря 2019 г. № Р-145')
    expect(text).toContain('статьёй 351.8 Трудового кодекса')
    // Seed 001's roadmap of 2021 came before ТК РФ ст. 351.8 (in force from 1 March 2025): its order does not cite it.
    const early = textOf(buildAppointment({ requisites, roadmap: { ...roadmap, startDate: '2021-08-01', endDate: '2022-05-31' }, events, people, draft: noEdits }))
    expect(early).toContain('между обучающимися», в целях внедрения целевой модели наставничества')
    expect(early).not.toContain('351.8')
    expect(doc.blocks).toContainEqual({ kind: 'heading', text: 'Приложение к приказу от 30 августа 2025 г. № 12-о', newPage: true })
    // The roadmap's own table, as its document prints it: the schools' columns, each stage a row across it.
    expect(doc.blocks.filter(b => b.kind === 'table')).toHaveLength(1)
    expect(tableOf(doc)).toEqual({
      kind: 'table',
      head: ['№ п/п', 'Наименование мероприятия', 'Срок реализации', 'Ответственный', 'Результат, вид документа'],
      rows: [
        ['1.1', 'Издание приказа о внедрении', 'Сентябрь 2025 г.', 'директор', 'Приказ'],
        ['2.1', 'Встреча с родителями', 'в соответствии со сроками реализации программ', 'классные руководители', ''],
        ['2.2', 'Анкетирование педагогов', 'октябрь – ноябрь 2025', 'Зорина А. П.', ''],
      ],
      subheads: [{ before: 0, text: 'I. Подготовка условий' }, { before: 1, text: 'II. Формирование базы наставников' }, { before: 3, text: 'III. Завершение' }],
      widths: [7, 30, 19, 21, 23],
    })
    // The curator it appoints signs that she has read it, under the director.
    expect(signatures(doc)).toEqual(['Директор: Я. А. Шиловская', ': А. И. Петрова'])
    expect(textOf(doc)).toContain('С приказом ознакомлена:')
    const docx = await docxText(doc)
    expect(docx).toContain('Петрову Анну Игоревну')
    expect(docx).toContain('С приказом ознакомлена:')
    expect(docx).toContain('в соответствии со сроками реализации программ')
    expect(docx).toContain('Результат, вид документа')
    expect(docx).toContain('III. Завершение')
  })

  it('turns its appendix\'s sheets where the roadmap prints on turned ones, the order itself upright, in Word a section of each', async () => {
    const doc = buildAppointment({ requisites, roadmap: { ...roadmap, orientation: 'landscape' }, events, people, draft: noEdits })
    expect(doc.blocks[doc.landscapeFrom!]).toMatchObject({ kind: 'heading', newPage: true, text: expect.stringContaining('Приложение к приказу') })
    expect(doc.blocks.slice(0, doc.landscapeFrom).some(b => b.kind === 'table')).toBe(false)
    const upright = buildAppointment({ requisites, roadmap, events, people, draft: noEdits })
    expect(upright.landscapeFrom).toBeUndefined()
    const xmlOf = async (made: ReportDocument) => strFromU8(unzipSync(new Uint8Array(await (await toDocx(made)).arrayBuffer()))['word/document.xml']!)
    const before = (xml: string) => xml.slice(xml.indexOf('Приложение к приказу') - 300, xml.indexOf('Приложение к приказу'))
    const [xml, uprightXml] = [await xmlOf(doc), await xmlOf(upright)]
    expect([...xml.matchAll(/<w:pgSz [^>]*?(w:orient="landscape")?\/>/g)].map(m => m[1] ?? 'portrait')).toEqual(['portrait', 'w:orient="landscape"'])
    // The section's own page: no page break of the heading's besides, which would leave a blank sheet.
    expect([before(xml).includes('pageBreakBefore'), before(uprightXml).includes('pageBreakBefore')]).toEqual([false, true])
  })

  it('rests a teachers\' roadmap (seed 004\'s) on the teachers\' system of mentoring, not on the students\' target model', () => {
    const teachers = { ...roadmap, title: 'Дорожная карта по реализации Положения о системе наставничества педагогических работников в МБОУ «СОШ № 47» г. Калуги' }
    const text = textOf(buildAppointment({ requisites, roadmap: teachers, events, people, draft: noEdits }))
    expect(text).toContain('Об утверждении Положения о системе наставничества педагогических работников, дорожной карты его реализации и назначении куратора')
    expect(text).toContain('№ АЗ-1128/08/657')
    expect(text).toContain('1. Утвердить Положение о системе наставничества педагогических работников в СОШ № 17.')
    expect(text).toContain('3. Назначить куратором реализации системы наставничества педагогических работников Петрову Анну Игоревну')
    expect(text).not.toContain('Р-145')
  })

  it('appends the roadmap with its goal and tasks after its title, as the roadmap\'s own document prints them', () => {
    const doc = buildAppointment({ requisites, roadmap: { ...roadmap, intro: 'Цель: раскрытие потенциала.\nЗадачи:' }, events, people, draft: noEdits })
    const appendix = doc.blocks.slice(doc.blocks.findIndex(b => b.kind === 'heading' && b.newPage))
    expect(appendix.map(b => b.kind === 'paragraph' ? b.text : b.kind)).toEqual(['heading', roadmap.title, 'Цель: раскрытие потенциала.', 'Задачи:', 'table'])
  })
})
