import { addMessages } from '../../i18n/index.ts'

const ru = {
  title: 'Журнал изменений',
  intro: 'Кто, когда и какие поля менял — без самих значений. Журнал ведёт сервер, поэтому нужна связь.',
  entity: 'Вид записи',
  all: 'Все',
  more: 'Показать раньше',
  empty: 'Изменений пока нет.',
  /** The verb agrees with the author when the name tells the gender; `what` is the record in the accusative, `thing` in the nominative. */
  said: {
    male: { create: '{who} создал {what}', update: '{who} изменил {what}', delete: '{who} удалил {what}', erase: '{who} удалил персональные данные: {thing}' },
    female: { create: '{who} создала {what}', update: '{who} изменила {what}', delete: '{who} удалила {what}', erase: '{who} удалила персональные данные: {thing}' },
    /** A name that does not tell (a foreign one, an erased account): the participle agrees with the record instead. */
    neutral: {
      create: { m: '{who}: создан {thing}', f: '{who}: создана {thing}', n: '{who}: создано {thing}', pl: '{who}: созданы {thing}' },
      update: { m: '{who}: изменён {thing}', f: '{who}: изменена {thing}', n: '{who}: изменено {thing}', pl: '{who}: изменены {thing}' },
      delete: { m: '{who}: удалён {thing}', f: '{who}: удалена {thing}', n: '{who}: удалено {thing}', pl: '{who}: удалены {thing}' },
      erase: { m: '{who}: удалены персональные данные — {thing}', f: '{who}: удалены персональные данные — {thing}', n: '{who}: удалены персональные данные — {thing}', pl: '{who}: удалены персональные данные — {thing}' },
    },
  },
  withFields: '{sentence}: {fields}',
  /** Several records changed alike in one go (a new pair's plan, an import): «пункты плана (12)». */
  batch: '{records} ({n})',
  /** The record's kind, in the accusative (`acc`) and the nominative (`nom`); `many`, several as a batch names them. */
  records: {
    programs: { acc: 'программу', nom: 'программа', many: 'программы' },
    people: { acc: 'участника', nom: 'участник', many: 'участников' },
    pairs: { acc: 'пару', nom: 'пара', many: 'пары' },
    meetings: { acc: 'встречу', nom: 'встреча', many: 'встречи' },
    planItems: { acc: 'пункт плана', nom: 'пункт плана', many: 'пункты плана' },
    consents: { acc: 'согласие', nom: 'согласие', many: 'согласия' },
    partners: { acc: 'организацию-партнёра', nom: 'организация-партнёр', many: 'организации-партнёров' },
    roadmaps: { acc: 'дорожную карту', nom: 'дорожная карта', many: 'дорожные карты' },
    roadmapEvents: { acc: 'мероприятие дорожной карты', nom: 'мероприятие дорожной карты', many: 'мероприятия дорожной карты' },
    roadmapTemplates: { acc: 'шаблон дорожной карты', nom: 'шаблон дорожной карты', many: 'шаблоны дорожной карты' },
    roadmapItems: { acc: 'мероприятие дорожной карты', nom: 'мероприятие дорожной карты', many: 'мероприятия дорожной карты' },
    surveyTemplates: { acc: 'анкету', nom: 'анкета', many: 'анкеты' },
    surveyCampaigns: { acc: 'анкетирование', nom: 'анкетирование', many: 'анкетирования' },
    indicatorYears: { acc: 'цели и знаменатели', nom: 'цели и знаменатели', many: 'цели и знаменатели' },
    awards: { acc: 'поощрение', nom: 'поощрение', many: 'поощрения' },
    practices: { acc: 'лучшую практику', nom: 'лучшая практика', many: 'лучшие практики' },
    reportNotes: { acc: 'текст справки', nom: 'текст справки', many: 'тексты справки' },
    indicatorDefinitions: { acc: 'показатель школы', nom: 'показатель школы', many: 'показатели школы' },
    conflicts: { acc: 'правку с двух устройств', nom: 'правка с двух устройств', many: 'правки с двух устройств' },
    schoolRequisites: { acc: 'реквизиты школы', nom: 'реквизиты школы', many: 'реквизиты школы' },
    documentDrafts: { acc: 'документ', nom: 'документ', many: 'документы' },
    surveyResponses: { acc: 'ответ на анкету', nom: 'ответ на анкету', many: 'ответы на анкету' },
    /** A kind of record newer than this app. */
    other: { acc: 'запись', nom: 'запись', many: 'записи' },
  },
  missing: '(на этом устройстве записи нет: удалена или недоступна)',
  forYear: 'на {year} год',
  ofYear: '{name} за {year} год',
  ofSchoolYear: '{name} за {year}/{next} учебный год',
  numbered: '{name} № {number}',
  consents: { pdn: 'на обработку персональных данных', mentor_duties: 'на наставничество' },
  documents: { order: 'приказ о закреплении пар', spravka: 'аналитическая справка', agreement: 'дополнительное соглашение', journal: 'журнал встреч', plan: 'индивидуальный план', appointment: 'приказ о назначении куратора' },
}

const en: typeof ru = {
  title: 'Change log',
  intro: 'Who changed which fields and when — never the values. The server keeps the log, so a connection is needed.',
  entity: 'Kind of record',
  all: 'All',
  more: 'Show earlier',
  empty: 'No changes yet.',
  said: {
    male: { create: '{who} created {what}', update: '{who} changed {what}', delete: '{who} deleted {what}', erase: '{who} erased the personal data: {thing}' },
    female: { create: '{who} created {what}', update: '{who} changed {what}', delete: '{who} deleted {what}', erase: '{who} erased the personal data: {thing}' },
    neutral: {
      create: { m: '{who} created {what}', f: '{who} created {what}', n: '{who} created {what}', pl: '{who} created {what}' },
      update: { m: '{who} changed {what}', f: '{who} changed {what}', n: '{who} changed {what}', pl: '{who} changed {what}' },
      delete: { m: '{who} deleted {what}', f: '{who} deleted {what}', n: '{who} deleted {what}', pl: '{who} deleted {what}' },
      erase: { m: '{who} erased the personal data: {thing}', f: '{who} erased the personal data: {thing}', n: '{who} erased the personal data: {thing}', pl: '{who} erased the personal data: {thing}' },
    },
  },
  withFields: '{sentence}: {fields}',
  batch: '{records} ({n})',
  records: {
    programs: { acc: 'the programme', nom: 'programme', many: 'programmes' },
    people: { acc: 'the participant', nom: 'participant', many: 'participants' },
    pairs: { acc: 'the pair', nom: 'pair', many: 'pairs' },
    meetings: { acc: 'the meeting', nom: 'meeting', many: 'meetings' },
    planItems: { acc: 'the plan item', nom: 'plan item', many: 'plan items' },
    consents: { acc: 'the consent', nom: 'consent', many: 'consents' },
    partners: { acc: 'the partner organisation', nom: 'partner organisation', many: 'partner organisations' },
    roadmaps: { acc: 'the roadmap', nom: 'roadmap', many: 'roadmaps' },
    roadmapEvents: { acc: 'the roadmap event', nom: 'roadmap event', many: 'roadmap events' },
    roadmapTemplates: { acc: 'the roadmap template', nom: 'roadmap template', many: 'roadmap templates' },
    roadmapItems: { acc: 'the roadmap event', nom: 'roadmap event', many: 'roadmap events' },
    surveyTemplates: { acc: 'the questionnaire', nom: 'questionnaire', many: 'questionnaires' },
    surveyCampaigns: { acc: 'the survey', nom: 'survey', many: 'surveys' },
    indicatorYears: { acc: 'the targets and totals', nom: 'targets and totals', many: 'targets and totals' },
    awards: { acc: 'the award', nom: 'award', many: 'awards' },
    practices: { acc: 'the best practice', nom: 'best practice', many: 'best practices' },
    reportNotes: { acc: 'the report text', nom: 'report text', many: 'report texts' },
    indicatorDefinitions: { acc: 'the school indicator', nom: 'school indicator', many: 'school indicators' },
    conflicts: { acc: 'the edit from two devices', nom: 'edit from two devices', many: 'edits from two devices' },
    schoolRequisites: { acc: 'the school\'s requisites', nom: 'school\'s requisites', many: 'school\'s requisites' },
    documentDrafts: { acc: 'the document', nom: 'document', many: 'documents' },
    surveyResponses: { acc: 'the questionnaire answer', nom: 'questionnaire answer', many: 'questionnaire answers' },
    other: { acc: 'a record', nom: 'record', many: 'records' },
  },
  missing: '(not on this device: deleted or out of reach)',
  forYear: 'for {year}',
  ofYear: '{name} for {year}',
  ofSchoolYear: '{name} for the {year}/{next} school year',
  numbered: '{name} No. {number}',
  consents: { pdn: 'to personal data processing', mentor_duties: 'to mentoring duties' },
  documents: { order: 'order assigning the pairs', spravka: 'analytical report', agreement: 'supplementary agreement', journal: 'meetings journal', plan: 'individual plan', appointment: 'order appointing the curator' },
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { audit: typeof ru }
}

addMessages('audit', { ru, en })
