import { defineConfig } from '@playwright/test';

const port = Number(process.env.PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // axe over a long chapter takes several seconds, and longer on a busy machine.
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    // The service worker would answer requests that tests watch or stub; offline.spec.ts allows it.
    serviceWorkers: 'block',
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // This machine's network is closed: without these Chromium stalls on background connections.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // Checks over another build folder (the sub-path build) read files only and need no server.
  ...(process.env.PLAYBOOK_DIST ? {} : { webServer: {
    command: `node_modules/.bin/astro preview --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: true,
    timeout: 60_000,
  } }),
});
