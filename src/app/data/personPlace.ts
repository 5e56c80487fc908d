import type { Person, PersonCategory } from '#shared/model/person'

const STAFF: readonly PersonCategory[] = ['teacher', 'young_specialist', 'partner_employee']

/** Whether a person works (the school's staff or a partner's): their consent to mentor is the one of ТК 351.8. */
export const isStaffMember = (person: Pick<Person, 'category'>): boolean => STAFF.includes(person.category)

/**
 * Where a document places a person in its «Класс, группа» column: a pupil's class or group, a staff member's
 * должность (`fallback` — the category's word — until the card has one).
 */
export function classOrPosition(person: Person & { position?: string }, fallback: string): string {
  if (!isStaffMember(person))
    return person.classGroup
  return person.position || fallback
}
