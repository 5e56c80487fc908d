import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { validate } from '#shared/api/validate'
import { PartnerFields } from '#shared/model/partner'
import { correctedForm } from '#shared/model/nameForms'
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

describe('a person\'s name in its cases', () => {
  const written = 'Гусейнов Эльчин Вагиф оглы'
  const forms = { of: written, instrumental: ' Гусейновым Эльчином Вагифом оглы ' }

  it('is kept trimmed with the name it declines, absent on a record written before it, and checked for length', () => {
    expect(v.parse(PersonFields, older).nameForms).toBeUndefined()
    expect(v.parse(PersonFields, { ...older, name: written, nameForms: forms }).nameForms).toEqual({ of: written, instrumental: 'Гусейновым Эльчином Вагифом оглы' })
    expect(validate(PersonFields, { ...older, nameForms: { of: written, genitive: 'я'.repeat(201) } })).toMatchObject({ ok: false, field: 'nameForms.genitive', message: 'too_long' })
  })

  it('applies only to the name it was written for', () => {
    expect(correctedForm(forms, ` ${written.replace(' ', '  ')}`, 'instrumental')).toBe('Гусейновым Эльчином Вагифом оглы')
    expect(correctedForm(forms, 'Гусейнова Эльмира Вагиф кызы', 'instrumental')).toBe('')
    expect(correctedForm(forms, written, 'genitive')).toBe('')
    expect(correctedForm(undefined, written, 'genitive')).toBe('')
  })

  it('goes with an erasure, and never reaches the mentor\'s phone', () => {
    expect(erasedPerson(v.parse(PersonFields, { ...teacher, name: written, nameForms: forms })).nameForms).toEqual({ of: '' })
    expect(MENTOR_VISIBLE_PERSON_FIELDS).not.toContain('nameForms')
  })
})

describe('a partner\'s agreement number', () => {
  it('is stored without a leading «№», so the one the text adds is never doubled', () => {
    const partner = { name: 'ООО «ТехноСофт»', agreementDate: '', contact: '', notes: '' }
    expect(['№ 12/Н', '№12/Н', '  № 12/Н', '12/Н'].map(n => v.parse(PartnerFields, { ...partner, agreementNumber: n }).agreementNumber)).toEqual(['12/Н', '12/Н', '12/Н', '12/Н'])
  })
})
