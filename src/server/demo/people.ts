import type { Partner } from '#shared/model/partner'
import { NO_WORK, type Person, type PersonCategory } from '#shared/model/person'
import type { RecordFields } from '#shared/model/record'
import type { Random } from './random.ts'
import { addDays } from './calendar.ts'
import { type FullName, fullName, type Gender } from './names.ts'

export interface DemoRecord<T> {
  id: string
  fields: T
}

export interface DemoPerson extends DemoRecord<RecordFields<Person>> {
  full: FullName
  /** 1–11 for a student, undefined for adults. */
  grade?: number
}

const SUBJECTS = ['математика', 'русский язык', 'литература', 'английский язык', 'физика', 'химия', 'биология', 'история', 'обществознание', 'информатика', 'география']
const TEACHING = ['классное руководство', 'проектная деятельность', 'подготовка к ОГЭ и ЕГЭ', 'работа с одарёнными детьми', 'работа с детьми с ОВЗ', 'ИКТ в обучении']
const YOUNG_REQUESTS = ['методика урока', 'дисциплина на уроке', 'работа с родителями', 'оформление документации', 'классное руководство', 'ИКТ в обучении']
const STUDENT_SKILLS = ['олимпиады', 'робототехника', 'спорт', 'волонтёрство', 'школьный театр']
/** What pupils ask for at each stage: reading and adaptation in primary school, subjects later, a profession at the end. */
const JUNIOR_REQUESTS = ['математика', 'русский язык', 'чтение', 'адаптация в классе']
const MIDDLE_REQUESTS = [...SUBJECTS, 'адаптация в классе', 'подготовка к олимпиаде']
const SENIOR_REQUESTS = ['выбор профессии', 'подготовка к ОГЭ и ЕГЭ', 'подготовка к олимпиаде']
const NOTES = ['Рекомендован классным руководителем', 'Участник муниципальной олимпиады', 'По запросу родителей', 'Пришёл в школу в этом году']

const PARTNERS: ReadonlyArray<{ name: string, contact: string, skills: string[] }> = [
  { name: 'ООО «ТехноСофт»', contact: 'Отдел кадров', skills: ['программирование', 'информатика', 'выбор профессии'] },
  { name: 'АО «Городской хлебозавод»', contact: 'Служба персонала', skills: ['технология производства', 'химия', 'выбор профессии'] },
  { name: 'ГБУЗ «Городская больница № 2»', contact: 'Главная медицинская сестра', skills: ['медицина', 'биология', 'выбор профессии'] },
  { name: 'МБУК «Центральная городская библиотека»', contact: 'Методический отдел', skills: ['литература', 'проектная деятельность'] },
]

const CLASSES = Array.from({ length: 11 }, (_, g) => [`${g + 1}А`, `${g + 1}Б`]).flat()

/** организации-партнёры with agreements signed before the program starts. */
export function makePartners(random: Random, programStart: string): Array<DemoRecord<RecordFields<Partner>>> {
  return PARTNERS.map((p, i) => ({
    id: random.id(),
    fields: { name: p.name, agreementNumber: `${i + 1}/Н-${programStart.slice(0, 4)}`, agreementDate: addDays(programStart, random.int(10, 60)), contact: p.contact, notes: '' },
  }))
}

/** A birth date that fits grade `grade` in the school year starting `year`: a first-grader is 7 on 1 September. */
function studentBirthDate(random: Random, grade: number, year: number): string {
  return addDays(`${year - grade - 7}-09-02`, random.int(0, 364))
}

function adultBirthDate(random: Random, today: string, minAge: number, maxAge: number): string {
  return addDays(today, -random.int(minAge * 365 + 1, maxAge * 365 - 1))
}

interface Shares { teachers: number, young: number, partner: number, graduates: number }

/** How many of each: a general school is mostly students, with a tenth of staff. */
function shares(count: number): Shares {
  return {
    teachers: Math.max(3, Math.round(count * 0.09)),
    young: Math.max(1, Math.round(count * 0.02)),
    partner: Math.max(1, Math.round(count * 0.02)),
    graduates: Math.max(1, Math.round(count * 0.01)),
  }
}

const genderOf = (random: Random, womenShare: number): Gender => (random.chance(womenShare) ? 'f' : 'm')

function base(full: FullName, category: PersonCategory, more: Partial<RecordFields<Person>>): RecordFields<Person> {
  return { name: full.name, category, classGroup: '', birthDate: '', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 0, isMentee: 0, notes: '', partnerId: '', erased: 0, ...NO_WORK, ...more }
}

const QUALIFICATION_CYCLE = ['highest', 'first', 'first', 'compliance', 'none', 'methodist', 'mentor'] as const

/**
 * A teacher's work, from what is already drawn (no extra draws, so a seed's school stays the same): the first
 * subject taught, стаж from the age (a teacher starts at 23, after a year or two elsewhere for some).
 */
function teacherWork(index: number, birthDate: string, today: string, subject: string, young: boolean): Partial<RecordFields<Person>> {
  const working = Math.max(0, Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4)) - 23)
  return {
    position: 'учитель',
    subject,
    totalYears: working + (index % 3 === 0 ? 2 : 0),
    teachingYears: working,
    qualification: young ? '' : QUALIFICATION_CYCLE[index % QUALIFICATION_CYCLE.length]!,
    methodUnion: `МО учителей: ${subject}`,
  }
}

/**
 * The school's people: students spread over 1А–11Б with birth dates that fit, teachers (some of them mentees of
 * colleagues), young specialists, mentors from the partners, a few graduates. Roles are first guesses: pairing
 * sets the mentee flag of whoever it pairs.
 */
export function makePeople(random: Random, count: number, year: number, today: string, partners: ReadonlyArray<DemoRecord<RecordFields<Partner>>>): DemoPerson[] {
  const n = shares(count)
  const people: DemoPerson[] = []
  const add = (full: FullName, fields: RecordFields<Person>, grade?: number) => people.push({ id: random.id(), fields, full, ...(grade === undefined ? {} : { grade }) })

  for (let i = 0; i < n.teachers; i++) {
    const full = fullName(random, genderOf(random, 0.82), 'adult')
    const mentee = random.chance(0.15)
    const birthDate = adultBirthDate(random, today, 28, 63)
    const subjects = random.some(SUBJECTS, 1, 2)
    add(full, base(full, 'teacher', { birthDate, competencies: [...subjects, random.pick(TEACHING)], requests: mentee ? [random.pick(TEACHING)] : [], isMentor: mentee ? 0 : 1, isMentee: mentee ? 1 : 0, ...teacherWork(i, birthDate, today, subjects[0] ?? '', false) }))
  }
  for (let i = 0; i < n.young; i++) {
    const full = fullName(random, genderOf(random, 0.75), 'adult')
    const birthDate = adultBirthDate(random, today, 22, 27)
    const subject = random.pick(SUBJECTS)
    add(full, base(full, 'young_specialist', { birthDate, competencies: [subject], requests: random.some(YOUNG_REQUESTS, 1, 3), isMentee: 1, ...teacherWork(i, birthDate, today, subject, true) }))
  }
  for (let i = 0; i < n.partner; i++) {
    const full = fullName(random, genderOf(random, 0.5), 'adult')
    const partner = partners[i % partners.length]!
    const skills = PARTNERS.find(p => p.name === partner.fields.name)?.skills ?? []
    add(full, base(full, 'partner_employee', { birthDate: adultBirthDate(random, today, 25, 55), competencies: skills, isMentor: 1, partnerId: partner.id }))
  }
  for (let i = 0; i < n.graduates; i++) {
    const full = fullName(random, genderOf(random, 0.5), 'child')
    add(full, base(full, 'graduate', { birthDate: adultBirthDate(random, today, 18, 22), competencies: random.some(SUBJECTS, 1, 2), isMentor: 1, notes: 'Выпускник школы' }))
  }
  const students = count - people.length
  for (let i = 0; i < students; i++) {
    // Spread evenly over the 22 classes, so even a small demo has seniors to mentor and juniors to be mentored.
    const classGroup = CLASSES[Math.floor((i * CLASSES.length) / students)]!
    const grade = Number.parseInt(classGroup, 10)
    const full = fullName(random, genderOf(random, 0.5), 'child')
    const senior = grade >= 9
    const gifted = random.chance(0.08) ? 1 : 0
    const mentor = senior && random.chance(0.55)
    add(full, base(full, 'student', {
      classGroup,
      birthDate: studentBirthDate(random, grade, year),
      ovz: random.chance(0.03) ? 1 : 0,
      gifted,
      competencies: mentor ? [...random.some(SUBJECTS, 1, 2), ...random.some(STUDENT_SKILLS, 0, 1)] : [],
      requests: mentor ? [] : [random.pick(grade <= 4 ? JUNIOR_REQUESTS : senior ? SENIOR_REQUESTS : MIDDLE_REQUESTS)],
      isMentor: mentor ? 1 : 0,
      isMentee: !senior && random.chance(0.8) ? 1 : 0,
      notes: gifted ? NOTES[1]! : random.chance(0.05) ? random.pick(NOTES) : '',
    }), grade)
  }
  return people
}
