import { addMessages } from '../../i18n/index.ts'

/** The curator's list of missing consents, loaded with its chunk. */
const ru = {
  title: 'Недостающие согласия',
  intro: 'Кто из участников действующих пар остался без нужного согласия. Пара приостановлена, пока согласие не записано; её можно и завершить.',
  none: 'У всех участников действующих пар согласия в силе.',
  count: { one: 'Не хватает {n} согласия', few: 'Не хватает {n} согласий', many: 'Не хватает {n} согласий', other: 'Не хватает {n} согласия' },
  person: 'Участник',
  kind: 'Какое согласие',
  pair: 'Пара',
  role: { mentorId: 'наставник', menteeIds: 'наставляемый' },
  fix: 'Записать согласие',
  import: 'Загрузить согласия из Excel или CSV',
  openPair: 'Открыть пару',
  inBases: 'Участники баз без согласий',
  inBasesHint: 'Ещё не в действующей паре, но без согласия их нельзя будет в неё включить: у каждого — согласие на обработку персональных данных (152-ФЗ), у педагога-наставника школы — и письменное согласие на наставничество (ТК РФ ст. 351.8).',
  askParent: 'Попросить согласие родителя',
  askParentHint: 'Согласие подписал сам участник 14–17 лет: оно принимается, но нужно и согласие законного представителя.',
}

const en: typeof ru = {
  title: 'Missing consents',
  intro: 'Who of the running pairs\' members lacks a needed consent. The pair is suspended until the consent is recorded; it can also be ended.',
  none: 'Every member of every running pair has the consents in force.',
  count: { one: '{n} consent missing', few: '{n} consents missing', many: '{n} consents missing', other: '{n} consents missing' },
  person: 'Participant',
  kind: 'Consent',
  pair: 'Pair',
  role: { mentorId: 'mentor', menteeIds: 'mentee' },
  fix: 'Record a consent',
  import: 'Load consents from Excel or CSV',
  openPair: 'Open the pair',
  inBases: 'People in the bases without consents',
  inBasesHint: 'Not in a running pair yet, but they cannot join one without it: everyone needs the personal data consent (152-FZ), a school teacher mentor also the written consent to mentoring (Labour Code art. 351.8).',
  askParent: 'Ask for a parent\'s consent',
  askParentHint: 'Signed by the participant aged 14–17: accepted, but a legal guardian\'s consent is needed too.',
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { missingConsents: typeof ru }
}

addMessages('missingConsents', { ru, en })
