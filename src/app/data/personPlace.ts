import type { Person } from '#shared/model/person'
import { isStaff } from '#shared/model/staff'

/**
 * Where a document places a person: a pupil's class or group, a staff member's должность; '' until the card has
 * one (a category, «педагог», in brackets after a name says nothing an order needs).
 */
export function classOrPosition(person: Person): string {
  return isStaff(person.category) ? person.position : person.classGroup
}
