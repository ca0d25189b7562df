import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';
import type { Page } from 'playwright';
import { browserPath, CHROMIUM_ARGS } from './scripts/browser-path.mjs';
import { stripCitations, testEndpoints, webTestRunnerStub } from './scripts/vite-plugins.js';

/** `commands.emulateMedia({ reducedMotion: 'reduce' })` from a browser test → Playwright's page.emulateMedia. */
const emulateMedia: BrowserCommand<[Parameters<Page['emulateMedia']>[0]]> = async (context, options) => {
  await (context as unknown as { page: Page }).page.emulateMedia(options);
};

export default defineConfig({
  plugins: [webTestRunnerStub(), stripCitations(), testEndpoints()],
  test: {
    // CI asks for a JSON report too, from which .ci/run prints its "N passed, N failed" line.
    reporters: process.env.TRADE_TEST_REPORT ? ['default', ['json', { outputFile: process.env.TRADE_TEST_REPORT }]] : ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // Node tests that drive Chromium themselves (playwright-core) against built pages in dist/:
        // CDN embeds, CSP, layout shift with a slow script, late fonts, SSR imports. `npm test` builds first.
        extends: true,
        test: { name: 'pages', environment: 'node', include: ['tests/pages/**/*.test.ts'], globalSetup: ['tests/pages/global-setup.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false },
      },
      {
        // Installs the packed tarball into fresh apps and builds them, as an npm user would.
        extends: true,
        test: { name: 'consumers', environment: 'node', include: ['tests/consumers/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000, fileParallelism: false },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          setupFiles: ['tests/browser/setup.ts'],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: browserPath(), args: CHROMIUM_ARGS } }),
            // Media emulation for reduced motion, colour scheme, print and forced colours.
            commands: { emulateMedia },
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
