import type { Consent } from '#shared/model/consent'
import { neededKinds } from '#shared/model/consentRules'
import type { RecordFields } from '#shared/model/record'
import type { DemoPair } from './pairs.ts'
import type { DemoPerson, DemoRecord } from './people.ts'
import type { Random } from './random.ts'
import { addDays, ageOn } from './calendar.ts'
import { guardianOf } from './names.ts'

/**
 * согласия на обработку ПДн: everyone in a pair signed before the pair formed (no consent, no pairing); most of
 * the others too, a few of whom withdrew later. A minor's is signed by a parent. A staff mentor also signed the
 * written consent to the duties with its agreement, for the period of their pairs (ТК РФ ст. 351.8).
 */
export function makeConsents(random: Random, people: readonly DemoPerson[], pairs: readonly DemoPair[], programStart: string, today: string): Array<DemoRecord<RecordFields<Consent>>> {
  const firstPairing = new Map<string, string>()
  const mentoringEnd = new Map<string, string>()
  for (const pair of pairs) {
    const { mentorId, plannedEndDate } = pair.fields
    if ((mentoringEnd.get(mentorId) ?? '') < plannedEndDate)
      mentoringEnd.set(mentorId, plannedEndDate)
    for (const id of [pair.fields.mentorId, ...pair.fields.menteeIds]) {
      const known = firstPairing.get(id)
      if (!known || pair.fields.startDate < known)
        firstPairing.set(id, pair.fields.startDate)
    }
  }
  const consents: Array<DemoRecord<RecordFields<Consent>>> = []
  const unbounded = { validFrom: '', validUntil: '', agreementNumber: '', agreementDate: '', payBasis: '' }
  for (const person of people) {
    const paired = firstPairing.get(person.id)
    if (!paired && !random.chance(0.85))
      continue
    const date = paired ? addDays(paired, -random.int(3, 30)) : addDays(programStart, random.int(20, 100))
    const minor = ageOn(person.fields.birthDate, date) < 18
    const withdrawn = !paired && random.chance(0.03) ? addDays(date, random.int(30, 150)) : ''
    consents.push({
      id: random.id(),
      fields: {
        personId: person.id,
        signedBy: minor ? 'guardian' : 'self',
        guardianName: minor ? guardianOf(random, person.full) : '',
        date,
        documentRef: `№ ${consents.length + 1}`,
        withdrawnDate: withdrawn && withdrawn < today ? withdrawn : '',
        kind: 'pdn',
        ...unbounded,
      },
    })
    const until = mentoringEnd.get(person.id)
    if (paired && until && neededKinds(person.fields, 'mentorId', today).includes('mentor_duties')) {
      consents.push({
        id: random.id(),
        fields: {
          personId: person.id,
          kind: 'mentor_duties',
          signedBy: 'self',
          guardianName: '',
          date,
          documentRef: '',
          withdrawnDate: '',
          validFrom: paired,
          validUntil: until,
          agreementNumber: `ДС-${consents.length + 1}`,
          agreementDate: date,
          payBasis: 'доплата по положению об оплате труда',
        },
      })
    }
  }
  return consents
}
