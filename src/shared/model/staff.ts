import type { PersonCategory } from './person.ts'

/** The categories who work (a school's staff or a partner's): they have a position, a subject and стаж. */
const STAFF_CATEGORIES = ['teacher', 'young_specialist', 'partner_employee'] as const satisfies readonly PersonCategory[]

/**
 * The school's own employees: a labour contract with the school, so mentoring is an extra duty that needs their
 * written consent and an agreement to that contract (ТК РФ ст. 351.8). A partner's employee works for the partner.
 */
const SCHOOL_STAFF_CATEGORIES = ['teacher', 'young_specialist'] as const satisfies readonly PersonCategory[]

/** In its own module, without the person schema, so the consent rules on the mentor's first screen skip valibot. */
export const isStaff = (category: PersonCategory): boolean => (STAFF_CATEGORIES as readonly PersonCategory[]).includes(category)
export const isSchoolStaff = (category: PersonCategory): boolean => (SCHOOL_STAFF_CATEGORIES as readonly PersonCategory[]).includes(category)
