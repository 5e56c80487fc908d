import type { Migration } from 'kysely'
import * as init from './0001_init.ts'
import * as sync from './0002_sync.ts'
import * as surveys from './0003_surveys.ts'
import * as audit from './0004_audit.ts'
import * as problems from './0005_rejection_problems.ts'
import * as surveySecret from './0006_survey_secret.ts'
import * as epoch from './0007_epoch.ts'
import * as sessionsExpiry from './0008_sessions_expiry.ts'
import * as erasure from './0009_erasure.ts'
import * as handovers from './0010_handovers.ts'
import * as auditClient from './0011_audit_client.ts'
import * as staffAccounts from './0012_staff_accounts.ts'
import * as consentOwner from './0013_consent_owner.ts'
import * as scopeVersion from './0014_scope_version.ts'
import * as clientSeqBefore from './0015_client_seq_before.ts'
import * as pushGuard from './0016_push_guard.ts'

/**
 * Every migration, in order. Append only: an applied migration is never edited, a change is a new file.
 * Listed statically (not read from the folder) so a bundled or moved server still finds them all.
 */
export const migrations: Record<string, Migration> = {
  '0001_init': init,
  '0002_sync': sync,
  '0003_surveys': surveys,
  '0004_audit': audit,
  '0005_rejection_problems': problems,
  '0006_survey_secret': surveySecret,
  '0007_epoch': epoch,
  '0008_sessions_expiry': sessionsExpiry,
  '0009_erasure': erasure,
  '0010_handovers': handovers,
  '0011_audit_client': auditClient,
  '0012_staff_accounts': staffAccounts,
  '0013_consent_owner': consentOwner,
  '0014_scope_version': scopeVersion,
  '0015_client_seq_before': clientSeqBefore,
  '0016_push_guard': pushGuard,
}
