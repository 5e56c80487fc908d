import { MAX_MEETING_MINUTES } from '#shared/model/meeting'

/** The shared schemas' message codes, in the words a curator reads in the rejections list. */
const MESSAGES: Record<string, string> = {
  required: 'не заполнено',
  too_long: 'слишком длинное значение',
  too_many: 'слишком много значений',
  invalid_date: 'нужна дата в виде ГГГГ-ММ-ДД',
  invalid_id: 'неверный идентификатор',
  invalid: 'неверное значение',
  end_before_start: 'окончание раньше начала',
  next_before_date: 'следующая встреча назначена раньше этой',
  mentor_is_mentee: 'наставник не может быть наставляемым в своей же паре',
  duration_range: `длительность — от 5 до ${MAX_MEETING_MINUTES} минут`,
}

/** «Поле «date»: нужна дата в виде ГГГГ-ММ-ДД»; a message without a Russian text keeps valibot's in brackets. */
export function fieldReason(field: string, message: string): string {
  const text = MESSAGES[message]
  return `Поле «${field}»: ${text ?? `неверное значение (${message})`}`
}

export const REASONS = {
  deleted: 'Запись удалена на сервере: изменение не применено',
  unknownEntity: (entity: string) => `Неизвестный тип записи «${entity}»: приложение новее сервера?`,
  readOnly: (role: string) => `Роль «${role}» не может менять записи`,
  mentorEntity: 'Наставник может менять только встречи и пункты плана своих пар',
  foreignPair: 'Запись относится к чужой паре',
  moveToForeignPair: 'Эта пара не ваша: запись нельзя перенести в неё',
  staysInPair: 'Запись нельзя перенести в другую пару: удалите её и запишите заново в нужной паре',
  erased: 'Персональные данные участника удалены по требованию закона: карточку больше нельзя изменить',
  erasedByServer: 'Персональные данные удаляет только сервер (кнопка «Удалить персональные данные» на карточке)',
  noConsent: (field: 'mentorId' | 'menteeIds') => `${field === 'mentorId' ? 'У наставника' : 'У наставляемого'} нет действующего согласия на обработку персональных данных: без согласия пару не составить`,
  incomplete: (fields: string[]) => `Не хватает обязательных полей: ${fields.join(', ')}`,
}
