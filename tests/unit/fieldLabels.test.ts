import { afterEach, describe, expect, it } from 'vitest'
import { ENTITIES } from '#shared/sync/entities'
import { ENTITY_NAMES } from '#shared/sync/entityNames'
import { fieldLabel, fieldLabels, HIDDEN_FIELDS } from '../../src/app/i18n/fieldLabels.ts'
import { setLocale } from '../../src/app/i18n/index.ts'

const hidden = (entity: string): readonly string[] => (HIDDEN_FIELDS as Record<string, readonly string[]>)[entity] ?? []

/** Every field a synced record has, as the registry checks them (what the server logs), never only the type's. */
const everyField = ENTITY_NAMES.flatMap(entity => ENTITIES[entity].fields.map(field => [entity, field] as const))

describe('the words for every field of every synced entity', () => {
  afterEach(() => setLocale('ru'))

  it.each(everyField)('%s.%s is named in Russian and in English, or is bookkeeping nobody is shown', async (entity, field) => {
    if (hidden(entity).includes(field)) {
      expect(fieldLabel(entity, field)).toBeNull()
      return
    }
    const russian = fieldLabel(entity, field)
    expect(russian).toMatch(/^[а-яё(), -]+$|^[А-ЯЁ]{2,3}$/)
    await setLocale('en')
    expect(fieldLabel(entity, field)).toMatch(/^[a-z(), '-]+$/)
  })

  it('hides only fields the entities have, and hides the server\'s bookkeeping', () => {
    for (const [entity, fields] of Object.entries(HIDDEN_FIELDS))
      expect(ENTITIES[entity as keyof typeof ENTITIES].fields, entity).toEqual(expect.arrayContaining([...fields]))
    expect(fieldLabel('people', 'erased')).toBeNull()
    expect(fieldLabel('pairs', 'formerMentors')).toBeNull()
    expect(fieldLabel('conflicts', 'recordId')).toBeNull()
  })

  it('says nothing of a field or an entity it does not know, rather than its key', () => {
    expect(fieldLabel('meetings', 'mood')).toBeNull()
    expect(fieldLabel('meetings', 'constructor')).toBeNull()
    expect(fieldLabel('spaceships', 'name')).toBeNull()
    expect(fieldLabels('meetings', ['mood', 'updatedAt', 'id'])).toEqual([])
  })

  it('lists the shown fields in the order of the record\'s form, whatever order the log keeps', () => {
    expect(fieldLabels('meetings', ['topic', 'durationMin', 'date', 'mood'])).toEqual(['дата', 'длительность', 'тема'])
    expect(fieldLabels('practices', ['date', 'description', 'files', 'pairId'])).toEqual(['описание', 'пара', 'дата', 'файлы'])
  })
})
