import { MAX_EXPERIENCE_YEARS, MAX_MEETING_MINUTES, MIN_MEETING_MINUTES, PASSWORD_MIN } from './limits.ts'

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
  bad_characters: 'в тексте недопустимые символы (нулевой символ или повреждённая кодировка)',
  end_before_start: 'окончание раньше начала',
  next_before_date: 'следующая встреча назначена раньше этой',
  mentor_is_mentee: 'наставник не может быть наставляемым в своей же паре',
  duration_range: 'длительность — от {min} до {max} минут',
  out_of_range: 'значение вне допустимых пределов',
  whole_number: 'нужно целое число',
  experience_range: 'стаж — от 0 до {max} лет',
  teaching_over_total: 'педагогический стаж больше общего',
  withdrawn_before_signed: 'отзыв раньше подписания',
  duties_signed_by_self: 'согласие на наставничество (ТК РФ ст. 351.8) подписывает сам работник',
  consent_self_under_14: 'участнику не было 14 лет в день подписания: согласие на обработку персональных данных подписывает только законный представитель',
  consent_self_age_unknown: 'в карточке обучающегося нет даты рождения: согласие подписывает законный представитель (или укажите дату рождения)',
  login_format: 'только латинские буквы, цифры, точка, дефис; от 3 символов',
  password_too_short: 'пароль короче {min} символов',
  invalid_key: 'ключ: латинские буквы, цифры, точка, дефис; с буквы',
  options_needed: 'нужно хотя бы два варианта ответа',
  options_repeat: 'варианты ответа повторяются',
  exclusive_unknown: 'ответ, который исключает остальные, должен быть одним из вариантов вопроса с несколькими ответами',
  keys_repeat: 'ключи вопросов повторяются',
  before_pair_start: 'встреча раньше начала работы пары: если пара работала и раньше, исправьте дату её начала в карточке пары',
  after_pair_end: 'встреча позже планового окончания пары: сначала продлите пару',
  attendee_required: 'в групповой встрече отметьте хотя бы одного присутствовавшего',
  questions_required: 'в анкете нет ни одного вопроса',
  pair_suspended: 'в этот день пара приостановлена: у участника нет нужного согласия — новую встречу не записать, пока согласие не оформлено',
  // Fields the server checks against its own records.
  person_not_found: 'участник не найден в реестре школы',
  login_required: 'нужен логин для входа',
  password_required: 'нужен пароль для входа',
  person_required: 'выберите участника из реестра',
  // The sync rules.
  record_deleted: 'Запись удалена на сервере: изменение не применено',
  unknown_entity: 'Неизвестный тип записи «{entity}»: приложение новее сервера?',
  read_only_role: 'Роль «{role}» не может менять записи',
  mentor_entity: 'Наставник может менять только встречи и пункты плана своих пар',
  foreign_pair: 'Запись относится к чужой паре',
  move_to_foreign_pair: 'Эта пара не ваша: запись нельзя перенести в неё',
  stays_in_pair: 'Запись нельзя перенести в другую пару: удалите её и запишите заново в нужной паре',
  person_erased: 'Персональные данные участника удалены по требованию закона: карточку больше нельзя изменить',
  erased_by_server: 'Персональные данные удаляет только сервер (кнопка «Удалить персональные данные» на карточке)',
  no_consent_mentor: 'У наставника нет действующего согласия на обработку персональных данных: без согласия пару не составить',
  no_consent_mentee: 'У наставляемого нет действующего согласия на обработку персональных данных (у несовершеннолетнего младше 14 лет — от законного представителя): без согласия пару не составить',
  no_duties_consent: 'У наставника-работника нет действующего письменного согласия на наставничество и дополнительного соглашения (ТК РФ ст. 351.8): без него пару не составить',
  meeting_mentor_self: 'Наставник записывает встречи только от своего имени: кто провёл встречу, не меняется',
  entered_by_curator: 'Отметку «внесено куратором» ставит сервер по учётной записи куратора, внёсшего встречу: её нельзя поставить или изменить вручную',
  conflict_by_server: 'Расхождение записывает сервер: на устройстве можно только отметить, как его решили',
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
  answer_unknown: 'В ответе есть вопрос, которого нет в анкете: откройте её снова',
  // Requests (ApiError), where the error code alone does not say enough.
  bad_body: 'Тело запроса не подходит',
  bad_json: 'Запрос не разобран: ожидается JSON',
  bad_address: 'Адрес запроса не разобран: проверьте его',
  nul_in_address: 'Адрес запроса содержит нулевой символ: такого адреса нет',
  no_such_api: 'Нет такого адреса API: {method} {path}',
  body_too_large: 'Запрос слишком большой: не больше {mib} МиБ',
  body_expands: 'Сжатое тело запроса разворачивается больше чем в {ratio} раз: такой запрос не принимается',
  bad_compression: 'Сжатое тело запроса повреждено: его не удалось распаковать',
  unknown_encoding: 'Сжатие тела запроса «{encoding}» не поддерживается: только gzip, br или deflate',
  login_waits: 'Слишком много неверных паролей для этого логина: подождите и попробуйте снова',
  login_flood: 'Слишком много попыток входа с этого адреса: подождите минуту и попробуйте снова',
  enroll_flood: 'Слишком много попыток подключения с этого адреса: подождите минуту и попробуйте снова',
  answer_flood: 'Слишком много ответов с этого адреса: ответ сохранён на телефоне и отправится через минуту',
  user_gone: 'Нужно войти заново: пользователь не найден',
  client_of_other_user: 'Этот идентификатор клиента принадлежит другому пользователю',
  device_not_found: 'Устройство не найдено',
  user_not_found: 'Пользователь не найден',
  login_taken: 'Логин «{login}» уже занят',
  person_has_account: 'У этого участника уже есть учётная запись с такой ролью',
  no_password_for_person: 'У наставников и наставляемых нет пароля: выдайте код подключения',
  region_admin_only: 'Учётную запись регионального оператора создаёт только администратор сервера (npm run admin -- create-user): она видит показатели всех школ',
  password_common: 'Этот пароль слишком распространён или легко угадывается: придумайте другой, например из трёх-четырёх несвязанных слов',
  account_disabled: 'Учётная запись отключена куратором школы: обратитесь к нему, чтобы её включить',
  cannot_disable_self: 'Свою учётную запись отключить нельзя: это может сделать другой куратор',
  last_curator: 'Это последний действующий куратор школы: сначала добавьте или включите другого куратора',
  enrollment_person_only: 'Код подключения выдаётся только наставникам и наставляемым: сотрудники входят по логину и паролю',
  school_not_found: 'Школа {schoolId} не найдена',
  person_not_on_server: 'Участник не найден на сервере: синхронизируйте устройство и повторите',
  person_already_erased: 'Персональные данные этого участника уже удалены',
  campaign_not_on_server: 'Анкетирование не найдено на сервере: синхронизируйте устройство куратора и повторите',
  ballots_anonymous_only: 'Карточки с кодами нужны только для анонимного анкетирования',
  ballots_not_found: 'Анкетирование с этими карточками не найдено',
  handover_invalid: 'Эту запись нельзя передать куратору: в ней неполные или неверные данные. Сохраните её в файл',
  handover_not_found: 'Переданное изменение не найдено или уже разобрано',
  // The server's storage (src/server/storage/health.ts).
  disk_full: 'На сервере кончилось место на диске: изменения не сохранены. Сообщите администратору сервера; записи на устройстве сохранены и отправятся позже',
  db_damaged: 'База данных сервера повреждена: сервер не принимает запросы, пока администратор не восстановит её из резервной копии. Записи на устройстве сохранены',
} as const

export type ProblemCode = keyof typeof PROBLEM_TEXTS_RU
export const PROBLEM_CODES = Object.keys(PROBLEM_TEXTS_RU) as [ProblemCode, ...ProblemCode[]]
export type ProblemParams = Record<string, string | number>

export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(PROBLEM_TEXTS_RU, code)
}

/** The codes that say what is wrong with one field: they are worded after the field's name. */
const FIELD_PROBLEMS: ReadonlySet<ProblemCode> = new Set([
  'required', 'too_long', 'too_many', 'invalid_date', 'invalid_id', 'invalid', 'end_before_start', 'next_before_date',
  'mentor_is_mentee', 'duration_range', 'out_of_range', 'whole_number', 'experience_range', 'teaching_over_total', 'withdrawn_before_signed', 'login_format',
  'duties_signed_by_self', 'consent_self_under_14', 'consent_self_age_unknown',
  'password_too_short', 'invalid_key', 'options_needed', 'options_repeat', 'exclusive_unknown', 'keys_repeat', 'person_not_found',
  'login_required', 'password_required', 'person_required', 'before_pair_start', 'after_pair_end', 'attendee_required', 'questions_required', 'pair_suspended',
])

const isFieldProblem = (code: ProblemCode) => FIELD_PROBLEMS.has(code)

/**
 * A problem in the words `textOf` gives (a language's), filled with its params and, when it is about one
 * field, after the field's name as `fieldFrame` puts it. The app and the server (for protocol 1 and logs) both word it so.
 */
export function wordProblem(textOf: (problem: ProblemCode) => string, fieldFrame: string, problem: ProblemCode, params?: ProblemParams, field?: string): string {
  const text = fillParams(textOf(problem), params)
  return field !== undefined && isFieldProblem(problem) ? fillParams(fieldFrame, { field, text }) : text
}

/** In Russian, as protocol 1 showed refusals and as the server logs them. */
export const russianProblem = (problem: ProblemCode, params?: ProblemParams, field?: string) => wordProblem(code => PROBLEM_TEXTS_RU[code], 'Поле «{field}»: {text}', problem, params, field)

/** The params a field code is worded with, from the shared constants (never a number typed into a sentence). */
export const FIELD_PARAMS: Partial<Record<ProblemCode, ProblemParams>> = {
  duration_range: { min: MIN_MEETING_MINUTES, max: MAX_MEETING_MINUTES },
  password_too_short: { min: PASSWORD_MIN },
  experience_range: { max: MAX_EXPERIENCE_YEARS },
}

/** `{name}` in a text replaced by its param (a missing one stays as written). */
function fillParams(text: string, params: ProblemParams = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
}
