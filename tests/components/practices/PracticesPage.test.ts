import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from '#shared/ids'
import { db } from '../../../src/app/db/index.ts'
import { mutate } from '../../../src/app/db/mutate.ts'
import { mountAt, settle } from '../mountPage.ts'
import { screenWide } from '../screen.ts'

beforeEach(async () => {
  // The phone's cards.
  screenWide(false)
  await db.delete()
  await db.open()
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('practice materials', () => {
  it('links web addresses only, and shows anything else as text', async () => {
    const programId = uuidv7()
    await mutate(db, 'programs', programId, 'upsert', { name: 'Ученик – ученик', form: 'ученик – ученик', startDate: '2025-09-01', endDate: '2026-05-31', goals: '', status: 'active', roleVariation: '', curators: '' })
    await mutate(db, 'practices', uuidv7(), 'upsert', {
      title: 'Клуб юных исследователей',
      description: '',
      programId,
      pairId: '',
      date: '2025-12-10',
      files: ['https://school.example/club.pdf', 'javascript:alert(1)', '\\\\server\\metod\\club.docx'],
    })
    const { wrapper } = await mountAt('/monitoring/practices')
    await settle()
    const links = wrapper.findAll('.practice-files a')
    expect(links).toHaveLength(1)
    expect(links[0]!.attributes('href')).toBe('https://school.example/club.pdf')
    expect(links[0]!.attributes('rel')).toContain('noopener')
    const texts = wrapper.findAll('.practice-files li').map(li => li.text())
    expect(texts).toEqual(['https://school.example/club.pdf', 'javascript:alert(1)', '\\\\server\\metod\\club.docx'])
    expect(wrapper.find('a[href^="javascript"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('1 практика')
  })
})

describe('an empty registry', () => {
  it('says what it keeps when it has nothing, and, when a search hides every row, that nothing matches with a button that clears it', async () => {
    const { wrapper } = await mountAt('/monitoring/practices')
    await settle()
    expect(wrapper.find('.empty').text()).toBe('Практик пока нет. Сюда вносят удачные практики пар: для конкурсов, сайта школы и отчёта.')

    await mutate(db, 'practices', uuidv7(), 'upsert', { title: 'Клуб юных исследователей', description: '', programId: '', pairId: '', date: '2025-12-10', files: [] })
    await settle()
    await wrapper.find('input[type="search"]').setValue('шахматы')
    await settle()
    expect(wrapper.find('.empty').text()).toBe('Ничего не нашлось по этим условиям.Сбросить поиск и фильтры')
    await wrapper.find('.empty button').trigger('click')
    await settle()
    expect((wrapper.find('input[type="search"]').element as HTMLInputElement).value).toBe('')
    expect(wrapper.find('.empty').exists()).toBe(false)
    expect(wrapper.text()).toContain('Клуб юных исследователей')
  })
})
