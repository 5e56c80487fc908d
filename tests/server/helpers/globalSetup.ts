import { bundleServer } from '../../support/serverBundle.ts'

/** The server tests start servers and admin commands by the dozen: they run the bundle, built once here. */
export default function globalSetup(): void {
  bundleServer()
}
