import { defineConfig, devices } from '@playwright/test'
import { SCHOOL_TIME_ZONE } from './support/server.ts'

/**
 * E2E against the built app (`dist/`) served by the real server, in Debian's Chromium: Playwright never
 * downloads a browser of its own here.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './support/globalSetup.ts',
  // Two minutes: on a slow day this machine runs the suite 1.6× slower, and the longest tests took 55–60 s of the old minute.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    ...devices['Pixel 5'],
    browserName: 'chromium',
    locale: 'ru-RU',
    timezoneId: SCHOOL_TIME_ZONE,
    serviceWorkers: 'allow',
    // Recording a trace cost a third of each test's time, on every test: to look into a failure, run that test
    // again with `--trace on`. A failure still leaves its page's accessibility tree in error-context.md.
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
})
