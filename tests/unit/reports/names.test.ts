import { describe, expect, it } from 'vitest'
import { declineName, documentNames, genderOf, initialsOf, shortName, takesSo } from '../../../src/app/data/names.ts'
import { declineSchool } from '../../../src/app/data/schoolName.ts'
import { locale } from '../../../src/app/i18n/index.ts'

describe('names in the case the sentence needs', () => {
  it.each([
    ['Шиловская Яна Андреевна', 'accusative', 'Шиловскую Яну Андреевну'],
    ['Петрова Анна Игоревна', 'instrumental', 'Петровой Анной Игоревной'],
    ['Петрова Мария Алексеевна', 'instrumental', 'Петровой Марией Алексеевной'],
    ['Смирнов Лев Николаевич', 'accusative', 'Смирнова Льва Николаевича'],
    ['Шевчук Юрий Юлианович', 'instrumental', 'Шевчуком Юрием Юлиановичем'],
    ['Шевчук Ольга Ивановна', 'instrumental', 'Шевчук Ольгой Ивановной'],
    ['Черных Анна Сергеевна', 'dative', 'Черных Анне Сергеевне'],
    ['Римский-Корсаков Николай Андреевич', 'genitive', 'Римского-Корсакова Николая Андреевича'],
    ['Салтыкова-Щедрина Мария Петровна', 'accusative', 'Салтыкову-Щедрину Марию Петровну'],
    ['Ким Виктор Алексеевич', 'instrumental', 'Кимом Виктором Алексеевичем'],
    ['Ким Ольга Викторовна', 'instrumental', 'Ким Ольгой Викторовной'],
    ['Дюма Александр', 'genitive', 'Дюма Александра'],
    // Typed name first: the order is kept.
    ['Яна Андреевна Шиловская', 'accusative', 'Яну Андреевну Шиловскую'],
    // A surname with initials (seed 003's «Прокашева Т.А.»): the surname's ending tells the gender.
    ['Прокашева Т.А.', 'accusative', 'Прокашеву Т.А.'],
    ['Зыкин И. И.', 'instrumental', 'Зыкиным И. И.'],
    ['Т.А. Прокашева', 'genitive', 'Т.А. Прокашевой'],
  ] as const)('%s → %s: %s', (name, nameCase, expected) => {
    expect(declineName(name, nameCase)).toEqual({ text: expected, unsure: false })
  })

  it.each([
    ['John Smith'],
    ['Мамедов Мамед Али оглы'],
    ['Кравец Любовь'],
    ['Ли'],
    ['Кравец Любовь Андреевна'],
    ['Кравец Л. А.'],
  ])('leaves %s as written and flags it', (name) => {
    expect(declineName(name, 'accusative')).toEqual({ text: name, unsure: true })
  })

  it('tells the gender a document\'s words agree with from a full name, or a surname with initials where its ending tells it', () => {
    expect([genderOf('Шиловская Яна Андреевна'), genderOf('Прокашева Т.А.'), genderOf('Зыкин И. И.'), genderOf('Кравец Л. А.')]).toEqual(['female', 'female', 'male', null])
  })

  it('prints the initials before the surname for a signature', () => {
    expect(initialsOf('Шиловская Яна Андреевна')).toBe('Я. А. Шиловская')
    expect(initialsOf('Ирина Олеговна Белова')).toBe('И. О. Белова')
    expect(initialsOf('John Smith')).toBe('John Smith')
    expect([initialsOf('Прокашева Т.А.'), initialsOf('Т. А. Прокашева'), initialsOf('Т.А.Прокашева'), initialsOf('Петрова Е.')]).toEqual(['Т. А. Прокашева', 'Т. А. Прокашева', 'Т. А. Прокашева', 'Е. Петрова'])
  })

  it('puts the surname first for a list or a log, whichever order the name was typed in', () => {
    expect(shortName('Петрова Анна Игоревна')).toBe('Петрова А. И.')
    expect(shortName('Ирина Олеговна Белова')).toBe('Белова И. О.')
    expect(shortName('Петров Николай')).toBe('Петров Н.')
    expect(shortName(' John  Smith ')).toBe('John  Smith')
  })

  it('takes the curator\'s correction over the library, and lists every declined form the document used', () => {
    const names = documentNames({ 'p1:instrumental': 'Беловым Петром Ильичём' })
    expect(names.name('p1', 'Белов Пётр Ильич', 'instrumental')).toBe('Беловым Петром Ильичём')
    expect(names.name('p2', 'Шиловская Яна Андреевна', 'accusative')).toBe('Шиловскую Яну Андреевну')
    expect(names.name('p3', 'John Smith', 'accusative')).toBe('John Smith')
    expect(names.name('p2', 'Шиловская Яна Андреевна', 'nominative')).toBe('Шиловская Яна Андреевна')
    expect(names.used()).toEqual([
      { key: 'p1:instrumental', written: 'Белов Пётр Ильич', nameCase: 'instrumental', text: 'Беловым Петром Ильичём', unsure: false, corrected: true },
      { key: 'p2:accusative', written: 'Шиловская Яна Андреевна', nameCase: 'accusative', text: 'Шиловскую Яну Андреевну', unsure: false, corrected: false },
      { key: 'p3:accusative', written: 'John Smith', nameCase: 'accusative', text: 'John Smith', unsure: true, corrected: false },
    ])
  })

  it('names everyone as written in a document in English, where a Russian case would be neither language', () => {
    locale.value = 'en'
    try {
      const names = documentNames({ 'p1:instrumental': 'Беловым Петром Ильичём' })
      expect(names.name('p1', 'Белов Пётр Ильич', 'instrumental')).toBe('Белов Пётр Ильич')
      expect(names.name('school', 'Демо-школа № 1', 'prepositional', { decline: written => declineSchool(written, 'prepositional') })).toBe('Демо-школа № 1')
      expect(names.used()).toEqual([])
    } finally {
      locale.value = 'ru'
    }
  })
})

describe('the preposition «с» before a name', () => {
  it('is «со» before с, з, ж, ш and a consonant, or щ (seed 001: «Пара со Смирновым…»), else «с»', () => {
    expect(['Смирновым', 'Звягиной', 'Ждановым', 'Шкловским', 'Щукиной'].map(takesSo)).toEqual([true, true, true, true, true])
    expect(['Сидоровым', 'Зайцевой', 'Шаровым', 'Петровой', 'Ивановым'].map(takesSo)).toEqual([false, false, false, false, false])
  })
})
