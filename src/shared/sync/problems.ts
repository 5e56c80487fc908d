import { MAX_MEETING_MINUTES, MIN_MEETING_MINUTES } from '../model/meeting.ts'

/**
 * Why the server refused a change, as a code the app words in the user's language (its i18n namespace
 * `problems`); `params` fill the wording. A field's own check failing gives the shared schema's message
 * code (`required`, `too_long`, …), the same code the app's forms show for that field.
 */
export const PROBLEM_TEXTS_RU = {
  // The shared schemas' message codes.
  required: 'не заполнено',
  too_long: 'слишком длинное значение',
  too_many: 'слишком много значений',
  invalid_date: 'нужна дата в виде ГГГГ-ММ-ДД',
  invalid_id: 'неверный идентификатор',
  invalid: 'неверное значение',
  end_before_start: 'окончание раньше начала',
  next_before_date: 'следующая встреча назначена раньше этой',
  mentor_is_mentee: 'наставник не может быть наставляемым в своей же паре',
  duration_range: 'длительность — от {min} до {max} минут',
  // The sync rules.
  record_deleted: 'Запись удалена на сервере: изменение не применено',
  unknown_entity: 'Неизвестный тип записи «{entity}»: приложение новее сервера?',
  read_only_role: 'Эта роль не может менять записи',
  mentor_entity: 'Наставник может менять только встречи и пункты плана своих пар',
  foreign_pair: 'Запись относится к чужой паре',
  move_to_foreign_pair: 'Эта пара не ваша: запись нельзя перенести в неё',
  stays_in_pair: 'Запись нельзя перенести в другую пару: удалите её и запишите заново в нужной паре',
  person_erased: 'Персональные данные участника удалены по требованию закона: карточку больше нельзя изменить',
  erased_by_server: 'Персональные данные удаляет только сервер (кнопка «Удалить персональные данные» на карточке)',
  no_consent_mentor: 'У наставника нет действующего согласия на обработку персональных данных: без согласия пару не составить',
  no_consent_mentee: 'У наставляемого нет действующего согласия на обработку персональных данных: без согласия пару не составить',
  incomplete: 'Не хватает обязательных полей: {fields}',
  // Named answers.
  not_respondent: 'Ответ на именную анкету даёт и меняет только сам отвечающий',
  answer_kept: 'Ответ на анкету не удаляется: его можно изменить, пока анкетирование открыто',
  foreign_answer: 'Это ответ другого человека: отвечать можно только за себя',
  wrong_answer_id: 'Идентификатор ответа не соответствует анкетированию и участнику',
  not_addressed: 'Это анкетирование адресовано не вам',
  campaign_closed: 'Анкетирование закрыто: ответы больше не принимаются',
  campaign_not_open: 'Анкетирование ещё не началось',
  template_outdated: 'Анкета изменилась, пока вы отвечали: откройте её снова и проверьте ответы',
  answer_required: 'Вопрос «{question}»: ответьте на этот вопрос',
  answer_invalid: 'Вопрос «{question}»: ответ не подходит к вопросу',
  answer_unknown: 'Вопрос «{question}»: такого вопроса в анкете нет',
} as const

export type ProblemCode = keyof typeof PROBLEM_TEXTS_RU
export const PROBLEM_CODES = Object.keys(PROBLEM_TEXTS_RU) as [ProblemCode, ...ProblemCode[]]
export type ProblemParams = Record<string, string | number>

export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(PROBLEM_TEXTS_RU, code)
}

const SCHEMA_PROBLEMS: ReadonlySet<ProblemCode> = new Set(['required', 'too_long', 'too_many', 'invalid_date', 'invalid_id', 'invalid', 'end_before_start', 'next_before_date', 'mentor_is_mentee', 'duration_range'])

/** Whether the code is a shared schema's message about one field (worded after the field's name). */
export const isSchemaProblem = (code: ProblemCode) => SCHEMA_PROBLEMS.has(code)

/** The params a field code is worded with, from the shared constants (never a number typed into a sentence). */
export const FIELD_PARAMS: Partial<Record<ProblemCode, ProblemParams>> = {
  duration_range: { min: MIN_MEETING_MINUTES, max: MAX_MEETING_MINUTES },
}

/** `{name}` in a text replaced by its param (a missing one stays as written). */
export function fillParams(text: string, params: ProblemParams = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
}
