import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { validate } from '#shared/api/validate'
import { PartnerFields } from '#shared/model/partner'
import { erasedPerson, MENTOR_VISIBLE_PERSON_FIELDS, NO_WORK, PersonFields } from '#shared/model/person'

const older = { name: 'Яковлева Ольга Петровна', category: 'teacher', classGroup: '', birthDate: '1980-05-17', ovz: 0, gifted: 0, competencies: [], requests: [], isMentor: 1, isMentee: 0, notes: '' }
const teacher = { ...older, partnerId: '', erased: 0, position: 'учитель математики', subject: 'математика', teachingYears: 18, totalYears: 22, qualification: 'highest', methodUnion: 'МО учителей математики' } as const

describe('a person\'s work fields', () => {
  it('lets a record written before them pass, with every work field empty', () => {
    expect(v.parse(PersonFields, older)).toEqual({ ...older, partnerId: '', erased: 0, ...NO_WORK })
  })

  it('says on the field what is wrong with стаж', () => {
    expect(validate(PersonFields, { ...teacher, teachingYears: 30 })).toMatchObject({ ok: false, field: 'teachingYears', message: 'teaching_over_total' })
    expect(validate(PersonFields, { ...teacher, totalYears: 71 })).toMatchObject({ ok: false, field: 'totalYears', message: 'experience_range' })
    expect(validate(PersonFields, { ...teacher, totalYears: 2.5 })).toMatchObject({ ok: false, field: 'totalYears', message: 'whole_number' })
    expect(validate(PersonFields, { ...teacher, qualification: 'вторая' })).toMatchObject({ ok: false, field: 'qualification' })
  })

  it('never reach the mentor\'s phone, and go with an erasure', () => {
    for (const field of Object.keys(NO_WORK))
      expect(MENTOR_VISIBLE_PERSON_FIELDS).not.toContain(field)
    expect(erasedPerson(v.parse(PersonFields, teacher))).toMatchObject({ ...NO_WORK, category: 'teacher', isMentor: 1, birthDate: '1980-12-31' })
  })
})

describe('a partner\'s agreement number', () => {
  it('is stored without a leading «№», so the one the text adds is never doubled', () => {
    const partner = { name: 'ООО «ТехноСофт»', agreementDate: '', contact: '', notes: '' }
    expect(['№ 12/Н', '№12/Н', '  № 12/Н', '12/Н'].map(n => v.parse(PartnerFields, { ...partner, agreementNumber: n }).agreementNumber)).toEqual(['12/Н', '12/Н', '12/Н', '12/Н'])
  })
})
