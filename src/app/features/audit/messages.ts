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
  /** The record's kind, in the accusative (`acc`) and the nominative (`nom`). */
  records: {
    programs: { acc: 'программу', nom: 'программа' },
    people: { acc: 'участника', nom: 'участник' },
    pairs: { acc: 'пару', nom: 'пара' },
    meetings: { acc: 'встречу', nom: 'встреча' },
    planItems: { acc: 'пункт плана', nom: 'пункт плана' },
    consents: { acc: 'согласие', nom: 'согласие' },
    partners: { acc: 'организацию-партнёра', nom: 'организация-партнёр' },
    roadmaps: { acc: 'дорожную карту', nom: 'дорожная карта' },
    roadmapEvents: { acc: 'мероприятие дорожной карты', nom: 'мероприятие дорожной карты' },
    roadmapTemplates: { acc: 'шаблон дорожной карты', nom: 'шаблон дорожной карты' },
    roadmapItems: { acc: 'мероприятие дорожной карты', nom: 'мероприятие дорожной карты' },
    surveyTemplates: { acc: 'анкету', nom: 'анкета' },
    surveyCampaigns: { acc: 'анкетирование', nom: 'анкетирование' },
    indicatorYears: { acc: 'цели и знаменатели', nom: 'цели и знаменатели' },
    awards: { acc: 'поощрение', nom: 'поощрение' },
    practices: { acc: 'лучшую практику', nom: 'лучшая практика' },
    reportNotes: { acc: 'текст справки', nom: 'текст справки' },
    indicatorDefinitions: { acc: 'показатель школы', nom: 'показатель школы' },
    conflicts: { acc: 'правку с двух устройств', nom: 'правка с двух устройств' },
    schoolRequisites: { acc: 'реквизиты школы', nom: 'реквизиты школы' },
    documentDrafts: { acc: 'документ', nom: 'документ' },
    surveyResponses: { acc: 'ответ на анкету', nom: 'ответ на анкету' },
    /** A kind of record newer than this app. */
    other: { acc: 'запись', nom: 'запись' },
  },
  missing: '(на этом устройстве записи нет: удалена или недоступна)',
  forYear: 'на {year} год',
  ofYear: '{name} за {year} год',
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
  records: {
    programs: { acc: 'the programme', nom: 'programme' },
    people: { acc: 'the participant', nom: 'participant' },
    pairs: { acc: 'the pair', nom: 'pair' },
    meetings: { acc: 'the meeting', nom: 'meeting' },
    planItems: { acc: 'the plan item', nom: 'plan item' },
    consents: { acc: 'the consent', nom: 'consent' },
    partners: { acc: 'the partner organisation', nom: 'partner organisation' },
    roadmaps: { acc: 'the roadmap', nom: 'roadmap' },
    roadmapEvents: { acc: 'the roadmap event', nom: 'roadmap event' },
    roadmapTemplates: { acc: 'the roadmap template', nom: 'roadmap template' },
    roadmapItems: { acc: 'the roadmap event', nom: 'roadmap event' },
    surveyTemplates: { acc: 'the questionnaire', nom: 'questionnaire' },
    surveyCampaigns: { acc: 'the survey', nom: 'survey' },
    indicatorYears: { acc: 'the targets and totals', nom: 'targets and totals' },
    awards: { acc: 'the award', nom: 'award' },
    practices: { acc: 'the best practice', nom: 'best practice' },
    reportNotes: { acc: 'the report text', nom: 'report text' },
    indicatorDefinitions: { acc: 'the school indicator', nom: 'school indicator' },
    conflicts: { acc: 'the edit from two devices', nom: 'edit from two devices' },
    schoolRequisites: { acc: 'the school\'s requisites', nom: 'school\'s requisites' },
    documentDrafts: { acc: 'the document', nom: 'document' },
    surveyResponses: { acc: 'the questionnaire answer', nom: 'questionnaire answer' },
    other: { acc: 'a record', nom: 'record' },
  },
  missing: '(not on this device: deleted or out of reach)',
  forYear: 'for {year}',
  ofYear: '{name} for {year}',
  numbered: '{name} No. {number}',
  consents: { pdn: 'to personal data processing', mentor_duties: 'to mentoring duties' },
  documents: { order: 'order assigning the pairs', spravka: 'analytical report', agreement: 'supplementary agreement', journal: 'meetings journal', plan: 'individual plan', appointment: 'order appointing the curator' },
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { audit: typeof ru }
}

addMessages('audit', { ru, en })
