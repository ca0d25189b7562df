import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** The pages tests load dist/cdn; `npm test` builds it first, a single `vitest --project pages` run builds it if missing. */
export default function setup(): void {
  if (!existsSync('dist/cdn/trade-widgets.js')) execSync('npx vite build --mode cdn', { stdio: 'inherit' });
}
