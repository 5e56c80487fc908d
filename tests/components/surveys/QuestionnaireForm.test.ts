import type { SurveyItem } from '#shared/model/surveyTemplate'
import type { Answers } from '#shared/surveys/answers'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import QuestionnaireForm from '../../../src/app/features/surveys/answer/QuestionnaireForm.vue'

const items: SurveyItem[] = [
  { key: 'sat.meetings', kind: 'scale', text: 'Насколько полезны встречи?', required: true },
  { key: 'often', kind: 'single', text: 'Как часто встречаться?', options: ['Раз в неделю', 'Раз в месяц'], required: true },
  { key: 'wishes', kind: 'text', text: 'Пожелания', required: false },
]

describe('a questionnaire being answered', () => {
  it('marks every unanswered required question at the send, and unmarks each as soon as it is answered', async () => {
    // As the pages hold them: reactive, the questions writing into them.
    const wrapper = mount(QuestionnaireForm, { props: { items, modelValue: reactive({}), disabled: false, submitLabel: 'Отправить ответ', draftKept: false } })
    const invalid = () => wrapper.findAll('fieldset.question').map(q => q.attributes('aria-invalid'))
    await wrapper.find('form').trigger('submit')
    expect(invalid()).toEqual(['true', 'true', undefined])
    expect(wrapper.findAll('[role="alert"]').map(a => a.text())).toEqual(['Ответьте на этот вопрос', 'Ответьте на этот вопрос'])

    await wrapper.find('input[value="8"]').setValue(true)
    expect(invalid()).toEqual([undefined, 'true', undefined])
    await wrapper.find('input[value="Раз в месяц"]').setValue(true)
    expect(invalid()).toEqual([undefined, undefined, undefined])
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')).toEqual([[{ 'sat.meetings': 8, 'often': 'Раз в месяц' }]])
  })

  it('clears the other choices when the one that stands alone is ticked, and that one when another is', async () => {
    const changed: SurveyItem = { key: 'changed', kind: 'multiple', text: 'Что изменилось?', options: ['Уверенность', 'Друзья', 'Ничего не изменилось'], exclusive: 'Ничего не изменилось', required: false }
    const answers = reactive<Answers>({})
    const wrapper = mount(QuestionnaireForm, { props: { items: [changed], modelValue: answers, disabled: false, submitLabel: 'Отправить ответ', draftKept: false } })
    const ticked = () => wrapper.findAll<HTMLInputElement>('input[type="checkbox"]').filter(box => box.element.checked).map(box => box.element.parentElement!.textContent.trim())
    const tick = (i: number) => wrapper.findAll('input[type="checkbox"]')[i]!.setValue(true)
    await tick(0)
    await tick(1)
    expect(ticked()).toEqual(['Уверенность', 'Друзья'])
    await tick(2)
    expect(ticked()).toEqual(['Ничего не изменилось'])
    await tick(0)
    expect(ticked()).toEqual(['Уверенность'])
    expect(answers.changed).toEqual(['Уверенность'])
  })
})
