import { setPasswordCost } from '../../../src/server/auth/password.ts'
import { parsePasswordCost } from '../../../src/server/config.ts'

// The suite signs in hundreds of times: at the production cost (0.3 s a hash) that is minutes of scrypt alone.
// vite.config.ts sets PASSWORD_COST (TEST_PASSWORD_ENV) for the server tests, as the processes they start
// get it; passwords.test.ts checks the production cost itself.
setPasswordCost(parsePasswordCost(process.env.PASSWORD_COST))
