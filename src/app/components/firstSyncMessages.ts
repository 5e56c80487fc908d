import { addMessages } from '../i18n/index.ts'

/** Before this device has ever finished a sync (FirstSyncNotice.vue): loaded with the notice only. */
const ru = {
  syncing: 'Идёт первая синхронизация: записи школы загружаются с сервера. Пока она не закончилась, пустой список ещё не значит, что записей нет.',
  waiting: 'Это устройство ещё не получало записи школы с сервера. Те, что на сервере уже есть, появятся после первой синхронизации: пока пустой список ещё не значит, что записей нет.',
}

const en: typeof ru = {
  syncing: 'The first sync is under way: the school\'s records are arriving from the server. Until it ends, an empty list does not yet mean there are no records.',
  waiting: 'This device has not yet received the school\'s records from the server. Those already there will appear after the first sync: until then an empty list does not mean there are none.',
}

declare module '../i18n/messages.ts' {
  interface Namespaces { firstSync: typeof ru }
}

addMessages('firstSync', { ru, en })
