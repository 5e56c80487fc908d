import { addMessages } from '../i18n/index.ts'

/** The list of changes the server refused (RejectionsList.vue): loaded with the list only, off the first screen. */
const ru = {
  title: 'Сервер не принял изменения',
  written: 'Что было записано',
  save: 'Сохранить в файл',
  resend: 'Отправить снова',
  handOver: 'Передать куратору',
  handedOver: 'Передано куратору {when}',
  fileName: 'не-принято',
  remove: 'Удалить с устройства',
  confirmRemove: 'Удалить это изменение с устройства? Если запись ещё нужна (например, встреча действительно состоялась), сначала сохраните её в файл и передайте куратору.',
  made: 'изменение от {when}',
}

const en: typeof ru = {
  title: 'The server did not accept some changes',
  written: 'What was written',
  save: 'Save to a file',
  resend: 'Send again',
  handOver: 'Hand to the curator',
  handedOver: 'Handed to the curator {when}',
  fileName: 'not-accepted',
  remove: 'Remove from the device',
  confirmRemove: 'Remove this change from the device? If the record is still needed (say, the meeting did take place), save it to a file first and hand it to the curator.',
  made: 'change of {when}',
}

declare module '../i18n/messages.ts' {
  interface Namespaces { rejectionsList: typeof ru }
}

addMessages('rejectionsList', { ru, en })
