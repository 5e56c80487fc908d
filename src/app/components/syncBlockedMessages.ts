import { addMessages } from '../i18n/index.ts'

/** When sync stops for the session (SyncBlockedBanner.vue): loaded with the banner only, and precached for offline. */
const ru = {
  unauthorized: 'Сессия завершена: войдите снова. Неотправленные изменения сохранены на устройстве.',
  revoked: 'Доступ этого устройства отозван куратором. Неотправленные изменения можно выгрузить в файл и отправить с другого устройства.',
  expired: 'Сессия истекла: войдите снова.',
  expiredDevice: 'Сессия истекла: попросите у куратора новый код подключения и введите его.',
  expiredKept: { one: '{n} неотправленное изменение сохранено на устройстве и отправится после входа.', few: '{n} неотправленных изменения сохранены на устройстве и отправятся после входа.', many: '{n} неотправленных изменений сохранены на устройстве и отправятся после входа.', other: '{n} неотправленного изменения сохранены на устройстве и отправятся после входа.' },
  protocol_unsupported: 'Версия приложения устарела: обновите приложение, изменения сохранены.',
  signIn: 'Войти снова',
  enterCode: 'Ввести код',
  export: 'Выгрузить неотправленное',
}

const en: typeof ru = {
  unauthorized: 'The session has ended: sign in again. Unsent changes are kept on this device.',
  revoked: 'The curator revoked this device\'s access. Unsent changes can be exported to a file and sent from another device.',
  expired: 'The session has expired: sign in again.',
  expiredDevice: 'The session has expired: ask the curator for a new connection code and enter it.',
  expiredKept: { one: '{n} unsent change is kept on this device and will be sent after you sign in.', few: '{n} unsent changes are kept on this device and will be sent after you sign in.', many: '{n} unsent changes are kept on this device and will be sent after you sign in.', other: '{n} unsent changes are kept on this device and will be sent after you sign in.' },
  protocol_unsupported: 'This version of the app is too old: update it; your changes are kept.',
  signIn: 'Sign in again',
  enterCode: 'Enter the code',
  export: 'Export unsent changes',
}

declare module '../i18n/messages.ts' {
  interface Namespaces { blocked: typeof ru }
}

addMessages('blocked', { ru, en })
