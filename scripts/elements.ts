import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Every element's tag, read from `src/elements/` (one folder per element). */
export function elementTags(): string[] {
  const dir = fileURLToPath(new URL('../src/elements/', import.meta.url));
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
