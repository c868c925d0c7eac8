import { defineConfig } from '@playwright/test';
import { devLogFile, freshDevContent } from './e2e/dev/content';
import { chromiumLaunchOptions } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 3100);
const devPort = Number(process.env.E2E_DEV_PORT ?? 3101);
// Made once, by the runner: its workers inherit the variable when they load this file again.
process.env.FAULTLINE_E2E_DEV_CONTENT ??= freshDevContent();

export default defineConfig({
  testDir: 'e2e',
  // Two cores: one browser at a time is faster than two fighting for them.
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    // The exported site, as a reader gets it: e2e/*.spec.ts.
    { name: 'static', testMatch: /e2e\/[^/]+\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${port}` } },
    // The contributor's preview, `npm run dev`, on a copy of the fixtures: e2e/dev/*.spec.ts. The
    // first request for a page compiles it. localhost: next dev refuses its scripts' live-reload
    // connection to any other host name unless next.config.js allows it.
    { name: 'dev', testMatch: /e2e\/dev\/[^/]+\.spec\.ts$/, timeout: 120_000, use: { baseURL: `http://localhost:${devPort}` } },
  ],
  webServer: [
    {
      // The real exported site, served as a static host would.
      command: `npx tsx scripts/serve.ts`,
      env: { PORT: String(port) },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // Its output goes to a file, for the spec that it starts despite a broken file and says so once.
      command: `npm run -s dev > "${devLogFile()}" 2>&1`,
      // FAULTLINE_OUT_DIR names the static server's site; next.config.js would make it next dev's folder.
      env: { PORT: String(devPort), CONTENT_DIR: process.env.FAULTLINE_E2E_DEV_CONTENT, FAULTLINE_OUT_DIR: '' },
      url: `http://localhost:${devPort}/`,
      // Never another dev server: this one must preview the content the specs write.
      reuseExistingServer: false,
      timeout: 180_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
