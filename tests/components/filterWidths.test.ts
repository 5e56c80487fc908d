import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../src/app/db/index.ts'
import JournalFilters from '../../src/app/features/meetings/journal/JournalFilters.vue'
import PeopleFilters from '../../src/app/features/people/PeopleFilters.vue'
import { useAppStylesheet } from './appStylesheet.ts'
import { settle } from './mountPage.ts'

useAppStylesheet()
beforeEach(async () => {
  await db.delete()
  await db.open()
})

/**
 * How each filter of a row is sized: happy-dom measures no text, so the rule is read where the browser takes it
 * from. A basis of `auto` is the select's own width, that of its longest choice; a fixed one (12.5rem) cut
 * «Любая квалификационная категория» to «Любая квалификационна».
 */
const sizing = (elements: Element[]) => elements.map((el) => {
  const style = getComputedStyle(el)
  return { basis: style.flexBasis, grows: style.flexGrow, shrinksBelowContent: style.minWidth === '0px' || style.minWidth === '0' }
})
const fitsItsLongestChoice = { basis: 'auto', grows: '1', shrinksBelowContent: true }

describe('a registry\'s filters', () => {
  it('are each as wide as its longest choice, and may shrink to a phone\'s width', async () => {
    const people = mount(PeopleFilters, {
      props: { programs: [], classes: ['5А'], subjects: [], methodUnions: ['Кафедра естественных наук'], modelValue: { category: '', classGroup: '', age: '', programId: '', subject: '', experience: '', qualification: '', methodUnion: '', ovz: false, gifted: false } },
      attachTo: document.body,
    })
    const selects = people.findAll('select').map(s => s.element)
    expect(selects).toHaveLength(8)
    expect(sizing(selects)).toEqual(selects.map(() => fitsItsLongestChoice))

    const journal = mount(JournalFilters, { props: { programId: '', month: '', query: '' }, attachTo: document.body })
    await settle()
    const fields = journal.findAll('.field').map(f => f.element)
    expect(fields).toHaveLength(2)
    expect(sizing(fields)).toEqual(fields.map(() => fitsItsLongestChoice))
  })
})
