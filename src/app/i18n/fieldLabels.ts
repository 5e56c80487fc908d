import type { RecordFields } from '#shared/model/record'
import type { SyncedRecords } from '#shared/sync/entities'
import type { EntityName } from '#shared/sync/entityNames'
import { addMessages, t } from './index.ts'
import type { MessageKey } from './messages.ts'

type FieldOf<E extends EntityName> = keyof RecordFields<SyncedRecords[E]> & string

/**
 * Fields nobody fills in on a form: the server's bookkeeping (`erased`, `formerMentors`, a conflict's record),
 * the keys that make a record's id. They are never named to a person; every other field has words below.
 */
export const HIDDEN_FIELDS = {
  people: ['erased'],
  pairs: ['formerMentors'],
  conflicts: ['entity', 'recordId', 'field', 'pairId', 'kept', 'keptBy', 'keptByName', 'overwritten', 'overwrittenBy', 'overwrittenByName', 'at'],
  documentDrafts: ['subjectId'],
  surveyResponses: ['campaignId', 'personId', 'templateVersion'],
} as const satisfies { [E in EntityName]?: ReadonlyArray<FieldOf<E>> }

type Hidden<E extends EntityName> = E extends keyof typeof HIDDEN_FIELDS ? typeof HIDDEN_FIELDS[E][number] : never
/** Words for every shown field of every entity: the compiler refuses a missing one (and a unit test the runtime list's). */
type FieldWords = { [E in EntityName]: Record<Exclude<FieldOf<E>, Hidden<E>>, string> }

/** A field as a person calls it, lower case, so a list reads «тема, длительность»; the conflict notice capitalises. */
const ru = {
  programs: { name: 'название', form: 'форма наставничества', startDate: 'начало', endDate: 'окончание', goals: 'цели', status: 'состояние', roleVariation: 'ролевая модель', curators: 'кураторы', meetingKinds: 'виды встреч' },
  people: {
    name: 'ФИО', category: 'категория', classGroup: 'класс или группа', birthDate: 'дата рождения', ovz: 'ОВЗ', gifted: 'одарённость',
    competencies: 'компетенции', requests: 'запросы', isMentor: 'роль наставника', isMentee: 'роль наставляемого', notes: 'заметки',
    partnerId: 'организация-партнёр', position: 'должность', subject: 'предмет', teachingYears: 'педагогический стаж', totalYears: 'общий стаж',
    qualification: 'квалификационная категория', methodUnion: 'методическое объединение', nameForms: 'имя в падежах',
  },
  pairs: { programId: 'программа', mentorId: 'наставник', menteeIds: 'наставляемые', startDate: 'начало', plannedEndDate: 'плановое окончание', status: 'состояние', endReason: 'причина завершения' },
  meetings: {
    pairId: 'пара', date: 'дата', kind: 'вид встречи', durationMin: 'длительность', format: 'формат', attendeeIds: 'кто был на встрече', topic: 'тема',
    notes: 'заметки', planItemIds: 'пункты плана', nextDate: 'следующая встреча', mentorId: 'наставник', enteredBy: 'кто внёс встречу',
  },
  planItems: { pairId: 'пара', title: 'название', dueDate: 'срок', status: 'состояние', result: 'результат', position: 'порядок в плане' },
  consents: {
    personId: 'участник', signedBy: 'кто подписал', guardianName: 'законный представитель', date: 'дата', documentRef: 'документ', withdrawnDate: 'дата отзыва',
    kind: 'вид согласия', validFrom: 'действует с', validUntil: 'действует до', agreementNumber: 'номер соглашения', agreementDate: 'дата соглашения', payBasis: 'оплата',
  },
  partners: { name: 'название', agreementNumber: 'номер соглашения', agreementDate: 'дата соглашения', contact: 'контакты', notes: 'заметки' },
  roadmaps: { title: 'название', startDate: 'начало', endDate: 'окончание', numbering: 'нумерация этапов', eventNumbering: 'нумерация мероприятий', stages: 'этапы', approval: 'гриф утверждения', approvalKind: 'гриф над названием', intro: 'текст перед таблицей', layout: 'таблица при печати', orientation: 'лист при печати', heads: 'столбцы при печати', stageHead: 'столбец этапов при печати', otherTables: 'другие таблицы документа' },
  roadmapEvents: {
    roadmapId: 'дорожная карта', stageId: 'этап', programIds: 'программы', title: 'название', deadline: 'срок', responsibleIds: 'ответственные из базы',
    responsible: 'ответственные (должности, роли)', sphere: 'направление работы', plannedResult: 'результат, вид документа', status: 'состояние',
    doneOn: 'дата выполнения', issued: 'выпущенный документ', occurrences: 'отметки о выполнении', position: 'порядок', number: 'номер',
  },
  roadmapTemplates: { title: 'название', startDate: 'начало', endDate: 'окончание', numbering: 'нумерация этапов', stages: 'этапы', events: 'мероприятия', print: 'как печатается' },
  roadmapItems: { programId: 'программа', stage: 'этап', title: 'название', deadline: 'срок', responsible: 'ответственные', resultDocument: 'итоговый документ', status: 'состояние', position: 'порядок' },
  surveyTemplates: { name: 'название', audience: 'кому адресована', phase: 'этап', version: 'версия', items: 'вопросы', basedOn: 'предыдущая версия' },
  surveyCampaigns: { templateId: 'анкета', templateVersion: 'версия анкеты', programId: 'программа', audience: 'кого опрашивают', phase: 'этап', mode: 'анонимность', opensOn: 'открыто с', closesOn: 'открыто по' },
  indicatorYears: { year: 'год', targets: 'цели', denominators: 'знаменатели' },
  awards: { personId: 'участник', programId: 'программа', kind: 'вид поощрения', date: 'дата', basis: 'основание', notes: 'заметки' },
  practices: { title: 'название', description: 'описание', programId: 'программа', pairId: 'пара', date: 'дата', files: 'файлы' },
  reportNotes: { programId: 'программа', year: 'год', period: 'календарный или учебный год', sections: 'текст справки' },
  indicatorDefinitions: {
    name: 'наименование', note: 'как считается', measure: 'что считается', role: 'роль', categories: 'категории', ageBand: 'возраст', denominator: 'от какого общего числа',
    targets: 'цели по годам', totals: 'знаменатели по годам', unit: 'единица измерения', position: 'порядок', basedOn: 'показатель модели',
  },
  conflicts: { resolution: 'решение' },
  schoolRequisites: {
    fullName: 'полное наименование', shortName: 'краткое наименование', address: 'адрес', city: 'населённый пункт', directorName: 'руководитель',
    directorPosition: 'должность руководителя', curatorName: 'куратор наставничества', curatorPosition: 'должность куратора',
    namePrepositional: 'наименование в предложном падеже', nameGenitive: 'наименование в родительном падеже',
    directorNameForms: 'имя руководителя в падежах', curatorNameForms: 'имя куратора в падежах',
  },
  documentDrafts: { kind: 'вид документа', year: 'год', number: 'номер', date: 'дата', texts: 'текст', names: 'формы имён' },
  surveyResponses: { answers: 'ответы' },
} satisfies FieldWords

const en: typeof ru = {
  programs: { name: 'name', form: 'form of mentoring', startDate: 'start', endDate: 'end', goals: 'goals', status: 'state', roleVariation: 'role model', curators: 'curators', meetingKinds: 'meeting kinds' },
  people: {
    name: 'full name', category: 'category', classGroup: 'class or group', birthDate: 'date of birth', ovz: 'special needs', gifted: 'giftedness',
    competencies: 'competencies', requests: 'requests', isMentor: 'mentor role', isMentee: 'mentee role', notes: 'notes',
    partnerId: 'partner organisation', position: 'position', subject: 'subject', teachingYears: 'teaching service', totalYears: 'total service',
    qualification: 'qualification category', methodUnion: 'methodological association', nameForms: 'name in its cases',
  },
  pairs: { programId: 'programme', mentorId: 'mentor', menteeIds: 'mentees', startDate: 'start', plannedEndDate: 'planned end', status: 'state', endReason: 'reason for ending' },
  meetings: {
    pairId: 'pair', date: 'date', kind: 'kind of meeting', durationMin: 'duration', format: 'format', attendeeIds: 'who attended', topic: 'topic',
    notes: 'notes', planItemIds: 'plan items', nextDate: 'next meeting', mentorId: 'mentor', enteredBy: 'who entered it',
  },
  planItems: { pairId: 'pair', title: 'title', dueDate: 'due', status: 'state', result: 'result', position: 'place in the plan' },
  consents: {
    personId: 'participant', signedBy: 'signed by', guardianName: 'legal guardian', date: 'date', documentRef: 'document', withdrawnDate: 'withdrawal date',
    kind: 'kind of consent', validFrom: 'valid from', validUntil: 'valid until', agreementNumber: 'agreement number', agreementDate: 'agreement date', payBasis: 'pay',
  },
  partners: { name: 'name', agreementNumber: 'agreement number', agreementDate: 'agreement date', contact: 'contacts', notes: 'notes' },
  roadmaps: { title: 'title', startDate: 'start', endDate: 'end', numbering: 'stage numbering', eventNumbering: 'event numbering', stages: 'stages', approval: 'approval heading', approvalKind: 'heading above the title', intro: 'text before the table', layout: 'printed table', orientation: 'printed sheet', heads: 'printed columns', stageHead: 'printed stages column', otherTables: 'the document\'s other tables' },
  roadmapEvents: {
    roadmapId: 'roadmap', stageId: 'stage', programIds: 'programmes', title: 'title', deadline: 'deadline', responsibleIds: 'responsible people',
    responsible: 'responsible (positions, roles)', sphere: 'area of work', plannedResult: 'result, document', status: 'state',
    doneOn: 'done on', issued: 'issued document', occurrences: 'completion marks', position: 'order', number: 'number',
  },
  roadmapTemplates: { title: 'title', startDate: 'start', endDate: 'end', numbering: 'stage numbering', stages: 'stages', events: 'events', print: 'how it prints' },
  roadmapItems: { programId: 'programme', stage: 'stage', title: 'title', deadline: 'deadline', responsible: 'responsible', resultDocument: 'resulting document', status: 'state', position: 'order' },
  surveyTemplates: { name: 'name', audience: 'addressed to', phase: 'phase', version: 'version', items: 'questions', basedOn: 'previous version' },
  surveyCampaigns: { templateId: 'questionnaire', templateVersion: 'questionnaire version', programId: 'programme', audience: 'who is asked', phase: 'phase', mode: 'anonymity', opensOn: 'opens on', closesOn: 'closes on' },
  indicatorYears: { year: 'year', targets: 'targets', denominators: 'totals' },
  awards: { personId: 'participant', programId: 'programme', kind: 'kind of award', date: 'date', basis: 'basis', notes: 'notes' },
  practices: { title: 'title', description: 'description', programId: 'programme', pairId: 'pair', date: 'date', files: 'files' },
  reportNotes: { programId: 'programme', year: 'year', period: 'calendar or school year', sections: 'report text' },
  indicatorDefinitions: {
    name: 'name', note: 'how it is counted', measure: 'what is counted', role: 'role', categories: 'categories', ageBand: 'age', denominator: 'share of what total',
    targets: 'targets by year', totals: 'totals by year', unit: 'unit', position: 'order', basedOn: 'model indicator',
  },
  conflicts: { resolution: 'decision' },
  schoolRequisites: {
    fullName: 'full name', shortName: 'short name', address: 'address', city: 'town', directorName: 'head',
    directorPosition: 'head\'s position', curatorName: 'mentoring curator', curatorPosition: 'curator\'s position',
    namePrepositional: 'name in the prepositional', nameGenitive: 'name in the genitive',
    directorNameForms: 'head\'s name in its cases', curatorNameForms: 'curator\'s name in its cases',
  },
  documentDrafts: { kind: 'kind of document', year: 'year', number: 'number', date: 'date', texts: 'text', names: 'name forms' },
  surveyResponses: { answers: 'answers' },
}

declare module './messages.ts' {
  interface Namespaces { fields: typeof ru }
}

addMessages('fields', { ru, en })

const named = (entity: string): readonly string[] => Object.hasOwn(ru, entity) ? Object.keys(ru[entity as EntityName]) : []

/** A field in the reader's words; null for a hidden field and for one this app has no words for: never its key. */
export function fieldLabel(entity: string, field: string): string | null {
  return named(entity).includes(field) ? t(`fields.${entity}.${field}` as MessageKey) : null
}

/** The shown fields among these, in words, in the order the record's form has them. */
export function fieldLabels(entity: string, fields: readonly string[]): string[] {
  return named(entity).filter(field => fields.includes(field)).map(field => t(`fields.${entity}.${field}` as MessageKey))
}
