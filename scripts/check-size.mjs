#!/usr/bin/env node
/**
 * `npm run size`: the byte budgets of .size-limit.mjs, measured as @size-limit/file does (each file
 * gzipped at level 9, sizes summed). size-limit 14 itself needs Node ≥ 22.19 (fs.glob), and the
 * project runs on Node 20, so this script reads the same checks and applies them. Exit 1 when a
 * check is over its limit or a file is missing (build first: `npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

/** "80 kB" → 80000, "1 KiB" → 1024, as size-limit parses limits. */
export function parseLimit(value) {
  if (typeof value === 'number') return value;
  const match = /^([+-]?\d+(?:\.\d+)?) *(?:([kmgt])?(i)?b)?$/i.exec(String(value).trim());
  if (!match) throw new Error(`unreadable limit: ${value}`);
  const [, number, prefix, iec] = match;
  const power = prefix ? 'kmgt'.indexOf(prefix.toLowerCase()) + 1 : 0;
  return Math.floor(Number(number) * (iec ? 1024 : 1000) ** power);
}

/** Evaluates checks (`{ name, path, limit, gzip }`) with `size(path)` → bytes; returns rows with `pass`. */
export function evaluate(checks, size) {
  return checks.map((check) => {
    const paths = [check.path].flat();
    const missing = paths.filter((path) => !existsSync(path));
    const bytes = missing.length ? NaN : paths.reduce((sum, path) => sum + size(path, check), 0);
    const limit = parseLimit(check.limit);
    return { name: check.name, files: paths.length, bytes, limit, missing, pass: !missing.length && bytes <= limit };
  });
}

function gzipBytes(path, check) {
  const body = readFileSync(path);
  return check.gzip === false ? body.length : gzipSync(body, { level: 9 }).length;
}

async function main() {
  const config = await import(pathToFileURL(resolve('.size-limit.mjs')).href);
  const rows = evaluate(config.default, gzipBytes);
  const width = Math.max(...rows.map((row) => row.name.length));
  for (const row of rows) {
    const value = row.missing.length ? `missing ${row.missing.join(', ')}` : `${(row.bytes / 1000).toFixed(2)} kB gzip (${row.files} file${row.files === 1 ? '' : 's'})`;
    console.log(`${row.pass ? 'ok  ' : 'FAIL'}  ${row.name.padEnd(width)}  ${value}  limit ${(row.limit / 1000).toFixed(2)} kB`);
  }
  const failed = rows.filter((row) => !row.pass);
  if (failed.length) {
    console.error(`\n${failed.length} size budget${failed.length === 1 ? '' : 's'} exceeded${rows.some((r) => r.missing.length) ? ' or missing (run npm run build)' : ''}.`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
