import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { startTheme } from './composables/theme.ts'
import { locale, restoreLocale } from './i18n/index.ts'
import { createAppRouter } from './router.ts'
import { sendQueuedAnswers, sendQueuedAnswersFromAnyPage } from './features/surveys/answer/sendFromAnyPage.ts'
import { sendAlongsideSync, startSyncService } from './sync/service.ts'
import './styles.css'

document.documentElement.lang = locale.value
startTheme()
// A form sent with errors puts the focus on its first one; the code comes with the first send, off the first screen.
// Offline before the app is saved for it, the chunk cannot load: the form still says what is wrong, unfocused.
document.addEventListener('submit', event => void import('./composables/invalidFocus.ts').then(({ focusFirstInvalid }) => focusFirstInvalid(event.target), () => {}))
void restoreLocale()
createApp(App).use(createPinia()).use(createAppRouter()).mount('#app')
startSyncService()
sendAlongsideSync(sendQueuedAnswers)
sendQueuedAnswersFromAnyPage()
