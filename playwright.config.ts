import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

import { E2E } from './e2e/stack.ts';

// The end-to-end run starts its own copy of the whole stack (same script as `npm start`) on other
// ports and a fresh throw-away data folder, so it never touches a developer's running stack or data.
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: E2E.site,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'mobile-chromium',
      use: {
        ...devices['Pixel 7'],
        browserName: 'chromium',
        launchOptions: {
          // Debian's Chromium where present; otherwise Playwright's own browser.
          ...(chromium ? { executablePath: chromium } : {}),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    command: 'tsx scripts/start.ts',
    url: `${E2E.site}/`,
    timeout: 420_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: {
      ...E2E.ports,
      UNION_DATA_DIR: E2E.dataDir,
      UNION_FRESH_DATA: 'true',
      SEED_ADMIN_PASSWORD: E2E.adminPassword,
    },
  },
});
