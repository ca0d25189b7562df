import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { browserPath, CHROMIUM_ARGS } from './scripts/browser-path.mjs';
import { stripCitations, webTestRunnerStub } from './scripts/vite-plugins.js';

export default defineConfig({
  plugins: [webTestRunnerStub(), stripCitations()],
  test: {
    // CI asks for a JSON report too, from which .ci/run prints its "N passed, N failed" line.
    reporters: process.env.TRADE_TEST_REPORT ? ['default', ['json', { outputFile: process.env.TRADE_TEST_REPORT }]] : ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: browserPath(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
