/**
 * Byte budgets of the built bundles (gzip -9, 1 kB = 1000 B), checked by `npm run size`
 * (scripts/check-size.mjs, which runs on Node 20) and readable by size-limit ≥ 14 on Node ≥ 22.19.
 * A page downloads an entry and every chunk it imports, so each check sums an entry and its chunks
 * (followed through static imports, since chunk names carry hashes). Limits are the budgets of
 * BENCHMARKS.md, not today's sizes. Run `npm run build` first.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { followChunks } from './scripts/chunks.mjs';

const CDN = 'dist/cdn';
const graph = (entry) => (existsSync(entry) ? followChunks(entry, (path) => readFileSync(path, 'utf8')).map((path) => relative('.', path)) : [entry]);
const elementDirs = existsSync('src/elements') ? readdirSync('src/elements', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
const elementEntries = existsSync(CDN)
  ? readdirSync(CDN).filter((file) => file.endsWith('.js') && elementDirs.includes(basename(file, '.js'))).sort()
  : elementDirs.map((tag) => `${tag}.js`);

export default [
  { name: 'CDN: trade-widgets.js + its chunks (every widget)', path: graph(`${CDN}/trade-widgets.js`), limit: '80 kB', gzip: true },
  ...elementEntries.map((file) => ({ name: `CDN: ${file} + its chunks`, path: graph(`${CDN}/${file}`), limit: '70 kB', gzip: true })),
  { name: 'CDN: trade-widgets.css (pre-upgrade boxes)', path: [`${CDN}/trade-widgets.css`], limit: '1 kB', gzip: true },
];
