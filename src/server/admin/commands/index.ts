import type { Command } from '../command.ts'
import { backupCommand } from './backup.ts'
import { createSchoolCommand } from './create-school.ts'
import { createUserCommand } from './create-user.ts'
import { demoCommand } from './demo.ts'
import { enrollCommand } from './enroll.ts'
import { listSchoolsCommand } from './list-schools.ts'
import { listUsersCommand } from './list-users.ts'
import { resetPasswordCommand } from './reset-password.ts'
import { restoreCommand } from './restore.ts'

/** Every command, in the order --help lists them. */
export const COMMANDS: readonly Command[] = [
  createSchoolCommand,
  createUserCommand,
  resetPasswordCommand,
  enrollCommand,
  listSchoolsCommand,
  listUsersCommand,
  backupCommand,
  restoreCommand,
  demoCommand,
]
