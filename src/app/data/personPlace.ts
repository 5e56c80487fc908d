import type { Person } from '#shared/model/person'
import { isStaff } from '#shared/model/staff'

/**
 * Where a document places a person in its «Класс, группа» column: a pupil's class or group, a staff member's
 * должность (`fallback` — the category's word — until the card has one).
 */
export function classOrPosition(person: Person, fallback: string): string {
  if (!isStaff(person.category))
    return person.classGroup
  return person.position || fallback
}
