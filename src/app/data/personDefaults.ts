import { PERSON_CATEGORIES, type Person, type PersonCategory } from '#shared/model/person'
import { isStaff } from '#shared/model/staff'

export type Roles = Pick<Person, 'isMentor' | 'isMentee'>
export type BaseRole = 'mentor' | 'mentee'

const MENTOR: Roles = { isMentor: 1, isMentee: 0 }
const MENTEE: Roles = { isMentor: 0, isMentee: 1 }
const NEITHER: Roles = { isMentor: 0, isMentee: 0 }

/**
 * What a person of a category usually is when nothing else is known: a teacher or a partner's employee
 * mentors, a graduate comes back to mentor, a pupil is mentored. A молодой специалист and a college student
 * are both in practice, so neither is ticked: the curator chooses.
 */
const BY_CATEGORY: Record<PersonCategory, Roles> = {
  student: MENTEE,
  teacher: MENTOR,
  young_specialist: NEITHER,
  college_student: NEITHER,
  partner_employee: MENTOR,
  graduate: MENTOR,
}

/** The words a programme's form («студент – ученик») uses for each category. */
const FORM_WORDS: Record<PersonCategory, RegExp> = {
  student: /ученик|обучающ/u,
  teacher: /учитель|педагог/u,
  young_specialist: /молод/u,
  college_student: /студент/u,
  partner_employee: /работодатель|партн/u,
  graduate: /выпускник/u,
}

/** A молодой специалист is a педагог being mentored: a form's mentee «педагог» (seed 004's «педагог – педагог») names them too. */
const MENTEE_WORDS: Partial<Record<PersonCategory, RegExp>> = { young_specialist: /учитель|педагог/u }

/** Whether a programme's form («наставник – наставляемый», as «работодатель – студент») names the category on a side. */
function inForm(category: PersonCategory, form: string, side: BaseRole): boolean {
  const words = sideOf(form, side)
  return FORM_WORDS[category].test(words) || (side === 'mentee' && !!MENTEE_WORDS[category]?.test(words))
}

/** A side of a programme's form, lower-cased: «работодатель – студент» is the employer's side, then the student's. */
function sideOf(form: string, side: BaseRole): string {
  const [mentorSide = '', menteeSide = ''] = form.toLowerCase().split(/\s+[–—-]\s+/u)
  return side === 'mentor' ? mentorSide : menteeSide
}

/** The side of the form the category stands on; undefined when it stands on both («ученик – ученик») or on neither. */
function sideInForm(category: PersonCategory, form: string): Roles | undefined {
  const asMentor = inForm(category, form, 'mentor')
  const asMentee = inForm(category, form, 'mentee')
  return asMentor === asMentee ? undefined : asMentor ? MENTOR : MENTEE
}

/** The side the school's forms place the category on, where those that place it agree (an import of seed 004's staff). */
function sideInForms(category: PersonCategory, forms: readonly string[]): Roles | undefined {
  const sides = [...new Set(forms.map(form => sideInForm(category, form)).filter(side => side !== undefined))]
  return sides.length === 1 ? sides[0] : undefined
}

/**
 * People for one side of a pair, those the programme's form names there first («педагог – молодой специалист»: the
 * young specialists among the mentees), each part in the order given. A form that names no category puts nobody first.
 */
export function byProgramForm<T extends Pick<Person, 'category'>>(people: readonly T[], form: string, side: BaseRole): { named: T[], others: T[] } {
  const named = people.filter(person => inForm(person.category, form, side))
  return { named, others: named.length ? people.filter(person => !named.includes(person)) : [...people] }
}

/**
 * The roles a new card starts with: the programme's form when it places the category (the school's forms, where they
 * agree), else the base the curator came from (База наставников / наставляемых), else the category's usual role.
 */
export function defaultRoles(category: PersonCategory, context: { base?: BaseRole, programForm?: string, programForms?: readonly string[] }): Roles {
  const fromProgram = context.programForm ? sideInForm(category, context.programForm) : sideInForms(category, context.programForms ?? [])
  if (fromProgram)
    return fromProgram
  if (context.base)
    return context.base === 'mentor' ? MENTOR : MENTEE
  return BY_CATEGORY[category]
}

/** The categories the forms name on a side, by the forms' own words. */
function namedInForms(forms: readonly string[], side: BaseRole): PersonCategory[] {
  return PERSON_CATEGORIES.filter(category => forms.some(form => FORM_WORDS[category].test(sideOf(form, side))))
}

/**
 * The category a new card starts with: a partner's employee from the partner; else a teacher among mentors and a
 * pupil elsewhere, unless the programmes' forms name no such person on the card's side (the mentees' when none is
 * given): then the first they name, as a педагог in seed 004's «педагог – педагог».
 */
export function defaultCategory(context: { base?: BaseRole, partnerId?: string, programForms?: readonly string[] }): PersonCategory {
  if (context.partnerId)
    return 'partner_employee'
  const usual = context.base === 'mentor' ? 'teacher' : 'student'
  const named = namedInForms(context.programForms ?? [], context.base ?? 'mentee')
  return named.includes(usual) ? usual : named[0] ?? usual
}

/** Which groups of fields the card shows for a category: staff get position, subject and стаж; learners class and birth date. */
export function fieldsFor(category: PersonCategory): { staff: boolean, learner: boolean, partner: boolean } {
  return {
    staff: isStaff(category),
    learner: category === 'student' || category === 'college_student' || category === 'graduate',
    partner: category === 'partner_employee',
  }
}
