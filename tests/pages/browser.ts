import { chromium, type Browser } from 'playwright-core';
import { browserPath, CHROMIUM_ARGS } from '../../scripts/browser-path.mjs';

/** The system Chromium, headless, as the pages tests and the screenshots drive it. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: browserPath(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}
