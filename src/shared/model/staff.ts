import type { PersonCategory } from './person.ts'

/** The categories who work (a school's staff or a partner's): they have a position, a subject and стаж. */
const STAFF_CATEGORIES = ['teacher', 'young_specialist', 'partner_employee'] as const satisfies readonly PersonCategory[]

/** In its own module, without the person schema, so the consent rules on the mentor's first screen skip valibot. */
export const isStaff = (category: PersonCategory): boolean => (STAFF_CATEGORIES as readonly PersonCategory[]).includes(category)
