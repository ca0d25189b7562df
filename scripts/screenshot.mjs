// Screenshots in headless Chromium: `node scripts/screenshot.mjs URL OUT.png [width] [colorScheme] [selector]`
// (the whole page, or the first element matching `selector`).
import { chromium } from 'playwright-core';
import { browserPath, CHROMIUM_ARGS } from './browser-path.mjs';

const [url, out, width = '1000', scheme = 'light', selector] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
const messages = [];
page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
// Scroll through so lazy widgets draw, then back to the top.
await page.evaluate(async () => {
  for (let y = 0; y < document.body.scrollHeight; y += 400) { scrollTo(0, y); await new Promise((r) => setTimeout(r, 60)); }
  scrollTo(0, 0);
});
await page.waitForTimeout(800);
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: true });
console.log(messages.join('\n') || 'no console messages');
await browser.close();
