/**
 * How Faultline starts Chromium, for the e2e tests and the benchmarks alike: Debian's Chromium where
 * it is installed (this project's CI), CHROMIUM_PATH to override, otherwise Playwright's own browser
 * (an ordinary laptop after `npx playwright install chromium`).
 */
import fs from 'node:fs';

export function chromiumLaunchOptions() {
  const executablePath = process.env.CHROMIUM_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return {
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
