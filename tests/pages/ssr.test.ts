import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Server-side rendering: a framework imports the package in Node, where there is no DOM.
 * Each entry of dist/ is imported in a fresh `node` process with nothing but Node's globals; the
 * DOM's names (window, document, …) are traps that record who reads them. Nothing may throw, and
 * none of our modules may read them at import time (Lit and Chart.js check `typeof window`, which
 * is fine and is allowed).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

function entries(): string[] {
  const tags = readdirSync(join(DIST, 'elements'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return ['index.js', 'react.js', ...tags.flatMap((tag) => [`elements/${tag}/${tag}.js`, `elements/${tag}/${tag}.component.js`])];
}

const TRAPS = ['window', 'document', 'self', 'location', 'navigator', 'localStorage', 'matchMedia', 'getComputedStyle', 'requestAnimationFrame', 'ResizeObserver', 'IntersectionObserver', 'MutationObserver', 'HTMLCanvasElement'];

/** Runs in the child: sets the traps, imports the entry, reports as JSON on the last line. */
const PROBE = `
const traps = ${JSON.stringify(TRAPS)};
const reads = [];
const before = new Set(Object.getOwnPropertyNames(globalThis));
for (const name of traps) {
  if (name in globalThis) continue;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const frame = (new Error().stack ?? '').split('\\n').slice(2).find((line) => line.includes('file://')) ?? '';
      reads.push({ name, frame: frame.trim() });
      return undefined;
    },
  });
}
let error = null;
let exports = [];
try {
  const module = await import(process.env.ENTRY_URL);
  exports = Object.keys(module);
} catch (e) {
  error = String(e && e.stack || e);
}
const defined = JSON.parse(process.env.TAGS).filter((tag) => globalThis.customElements?.get(tag));
const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name) && !traps.includes(name));
console.log(JSON.stringify({ error, exports, reads, defined, added }));
`;

interface Probe {
  error: string | null;
  exports: string[];
  reads: { name: string; frame: string }[];
  defined: string[];
  added: string[];
}

function probe(entry: string, tags: string[]): Promise<Probe> {
  const url = new URL(`file://${join(DIST, entry)}`).href;
  return new Promise((done, fail) => {
    execFile(process.execPath, ['--input-type=module', '-e', PROBE], { cwd: ROOT, env: { PATH: process.env.PATH, ENTRY_URL: url, TAGS: JSON.stringify(tags) } }, (error, stdout, stderr) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      try {
        done(JSON.parse(last));
      } catch {
        fail(new Error(`node exited ${error?.code ?? 0}: ${stdout}\n${stderr}`));
      }
    });
  });
}

describe('importing the npm build in Node (SSR)', () => {
  it('finds the built entries', () => {
    expect(existsSync(join(DIST, 'index.js'))).toBe(true);
    expect(entries().length).toBeGreaterThan(2);
  });

  const tags = existsSync(join(DIST, 'elements')) ? readdirSync(join(DIST, 'elements')).sort() : [];
  for (const entry of existsSync(join(DIST, 'elements')) ? entries() : []) {
    it(`imports dist/${entry} without a DOM: nothing thrown, no DOM global read by our code`, async () => {
      const result = await probe(entry, tags);
      expect(result.error).toBeNull();
      const ours = result.reads.filter((read) => read.frame.includes(`${DIST}/`));
      expect(ours).toEqual([]);
      // Lit's Node build adds its version lists and a customElements shim; we add no global of our own.
      expect(result.added.filter((name) => !/^(lit|reactiveElement)|^customElements$/.test(name))).toEqual([]);
      // A defining module defines its tag even on the server (Lit's shim registry); a class module defines none.
      if (entry === 'index.js') expect(result.defined).toEqual(tags);
      else if (entry.endsWith('.component.js')) expect(result.defined).toEqual([]);
      else if (entry.startsWith('elements/')) expect(result.defined).toEqual([entry.split('/')[1]]);
    });
  }
});
