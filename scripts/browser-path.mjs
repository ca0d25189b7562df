import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The Chromium flags that work as root in CI and on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The browser to drive: $CHROME_PATH, else `chromium` (or Chrome) found on PATH. */
export function browserPath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
  if (existsSync(mac)) return mac;
  throw new Error('No Chromium or Chrome found: install one (apt-get install chromium) or set CHROME_PATH.');
}
