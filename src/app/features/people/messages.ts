import { addMessages } from '../../i18n/index.ts'

/** Erasure of personal data (152-ФЗ), on the person's card: curator-only words, loaded with the card. */
const ru = {
  title: 'Персональные данные',
  erase: 'Удалить персональные данные',
  erasing: 'Удаляем…',
  confirm: 'Удалить персональные данные участника «{name}»? ФИО, класс, дата рождения (останется только год), заметки, запросы, компетенции, отметки ОВЗ и «одарённый», ФИО законного представителя в согласиях будут стёрты на сервере и на всех устройствах. Отменить это нельзя. Участие в парах, встречи и показатели сохранятся.',
  hint: 'По заявлению участника или его законного представителя (152-ФЗ). Нужна связь с сервером.',
  erased: 'Персональные данные удалены: карточка обезличена. Участник по-прежнему учтён в парах и показателях; изменить карточку нельзя.',
}

const en: typeof ru = {
  title: 'Personal data',
  erase: 'Erase personal data',
  erasing: 'Erasing…',
  confirm: 'Erase the personal data of «{name}»? Name, class, birth date (only the year stays), notes, requests, competencies, the special-needs and gifted marks and the guardian\'s name in consents will be wiped on the server and on every device. This cannot be undone. Pairs, meetings and indicators stay.',
  hint: 'At the request of the participant or their legal guardian (152-ФЗ). Needs a connection to the server.',
  erased: 'Personal data erased: the card is anonymous. The participant still counts in pairs and indicators; the card can no longer be edited.',
}

declare module '../../i18n/messages.ts' {
  interface Namespaces { erasure: typeof ru }
}

addMessages('erasure', { ru, en })
