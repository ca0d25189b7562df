/**
 * What an npm user does, offline: pack the package, make an app from a template, install the
 * tarball and the app's dependencies from the npm cache, type-check, build with the app's own Vite,
 * serve the build and open it in Chromium.
 *
 * Offline installs: `npm ci` on a fresh machine fills the cache with tarballs but not with the
 * registry's package documents, which `npm install <name>` needs to pick versions. So each app gets
 * a package-lock.json cut from this repository's lock (same versions, same integrity hashes: the
 * root devDependencies put react, vite, typescript… in the cache); npm then installs by hash from
 * the cache with `--offline`, and `npm install <tarball>` adds trade-widgets as a user would.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { browserPath, CHROMIUM_ARGS } from '../../scripts/browser-path.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = join(ROOT, 'tests/.tmp/consumers');
const FIXTURES = join(ROOT, 'tests/consumers/fixtures');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command, never throwing: the caller asserts on the exit code and output. */
export function run(command: string, args: string[], cwd: string, timeout = 240_000): Promise<RunResult> {
  const started = Date.now();
  const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1', FORCE_COLOR: '0' };
  return new Promise((done) => {
    execFile(command, args, { cwd, env, timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout: String(stdout), stderr: String(stderr), ms: Date.now() - started });
    });
  });
}

/** Fails with the command's output, so a broken install or build says why. */
export function expectSuccess(result: RunResult, what: string): RunResult {
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

export interface Packed {
  path: string;
  filename: string;
  size: number;
  unpackedSize: number;
  files: string[];
}

/** `npm pack` of the repository (dist/ must be built: `npm test` builds first). */
export async function pack(destination: string): Promise<Packed> {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('dist/ is not built: run `npm run build` (npm test does).');
  rmSync(destination, { recursive: true, force: true });
  mkdirSync(destination, { recursive: true });
  const result = expectSuccess(await run('npm', ['pack', '--json', '--pack-destination', destination], ROOT), 'npm pack');
  const [info] = JSON.parse(result.stdout.slice(result.stdout.indexOf('['))) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  return { path: join(destination, info.filename), filename: info.filename, size: info.size, unpackedSize: info.unpackedSize, files: info.files.map((f) => f.path) };
}

interface LockEntry {
  version?: string;
  resolved?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [key: string]: unknown;
}

/**
 * package-lock.json for an app, cut from the repository's lock: the app's dependencies and all they
 * need, at the same paths. `extra` adds entries (the trade-widgets tarball) before the walk.
 */
export function writeLockfile(appDir: string, extra: Record<string, LockEntry> = {}): void {
  const rootLock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const packages: Record<string, LockEntry> = { ...rootLock.packages, ...extra };
  const app = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8'));
  const parentOf = (path: string) => {
    const at = path.lastIndexOf('/node_modules/');
    return at < 0 ? '' : path.slice(0, at);
  };
  const locate = (from: string, name: string): string | undefined => {
    for (let base = from; ; base = parentOf(base)) {
      const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (packages[candidate]) return candidate;
      if (!base) return undefined;
    }
  };
  const picked = new Map<string, boolean>(); // path -> reached through required edges
  const walk = (path: string, required: boolean) => {
    const seen = picked.get(path);
    if (seen === true || (seen === false && !required)) return;
    picked.set(path, required);
    const entry = packages[path];
    const optionalPeers = entry.peerDependenciesMeta ?? {};
    const edges: [string, boolean][] = [
      ...Object.keys(entry.dependencies ?? {}).map((name): [string, boolean] => [name, true]),
      ...Object.keys(entry.optionalDependencies ?? {}).map((name): [string, boolean] => [name, false]),
      ...Object.keys(entry.peerDependencies ?? {}).filter((name) => !optionalPeers[name]?.optional).map((name): [string, boolean] => [name, true]),
    ];
    for (const [name, needed] of edges) {
      const target = locate(path, name);
      if (target) walk(target, required && needed);
      else if (needed) throw new Error(`${path} needs ${name}, which the repository's package-lock.json does not have: add it to devDependencies.`);
    }
  };
  for (const name of Object.keys({ ...app.dependencies, ...app.devDependencies })) {
    const path = locate('', name);
    if (!path) throw new Error(`The app needs ${name}, which the repository's package-lock.json does not have: add it to devDependencies.`);
    walk(path, true);
  }
  const lock: Record<string, LockEntry> = { '': { name: app.name, version: app.version, dependencies: app.dependencies, devDependencies: app.devDependencies } };
  for (const [path, required] of [...picked].sort(([a], [b]) => a.localeCompare(b))) {
    const { dev: _dev, devOptional: _devOptional, optional: _optional, peer: _peer, ...entry } = packages[path];
    // The repository's lock may omit registry URLs (npm's omit-lockfile-registry-resolved); with a
    // URL and the integrity hash, npm takes the tarball from the cache without the package document.
    if (!entry.resolved) {
      const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
      entry.resolved = `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
    }
    lock[path] = required ? entry : { ...entry, optional: true };
  }
  writeFileSync(join(appDir, 'package-lock.json'), `${JSON.stringify({ name: app.name, version: app.version, lockfileVersion: 3, requires: true, packages: lock }, null, 2)}\n`);
}

/** The lock entry npm writes for a tarball dependency. */
export function tarballLockEntry(tarball: string, relativePath: string): LockEntry {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return {
    version: manifest.version,
    resolved: `file:${relativePath}`,
    integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
    license: manifest.license,
    dependencies: manifest.dependencies,
    ...(manifest.peerDependencies ? { peerDependencies: manifest.peerDependencies } : {}),
    engines: manifest.engines,
  };
}

/** A fresh copy of a fixture app in tests/.tmp/consumers/<name>. */
export function createApp(name: string): string {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/**
 * A fresh copy of an app that has no Lit or Chart.js of its own (React, Vue), with trade-widgets
 * installed from its packed tarball: the lock holds the tarball as after `npm install trade-widgets`,
 * so `npm ci --offline` installs it and its dependencies from the cache.
 */
export async function createAppWithPackage(name: string): Promise<{ app: string; packed: Packed }> {
  const packed = await pack(join(TMP, `pack-${name}`));
  const app = createApp(name);
  const pkg = join(app, 'package.json');
  const manifest = JSON.parse(readFileSync(pkg, 'utf8'));
  const spec = `file:${relative(app, packed.path).replace(/\\/g, '/')}`;
  manifest.dependencies = { ...manifest.dependencies, 'trade-widgets': spec };
  writeFileSync(pkg, `${JSON.stringify(manifest, null, 2)}\n`);
  writeLockfile(app, { 'node_modules/trade-widgets': tarballLockEntry(packed.path, spec.slice('file:'.length)) });
  expectSuccess(await run('npm', ['ci', '--offline'], app), 'npm ci --offline');
  return { app, packed };
}

/** The tags built into dist/ (one folder each). */
export function builtTags(): string[] {
  return readdirSync(join(ROOT, 'dist/elements'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The lines of tsc's output that report errors, as "file(line)" → message. */
export function tscErrors(output: string): { file: string; line: number; code: string; message: string }[] {
  const errors = [];
  for (const match of output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)) {
    errors.push({ file: match[1].replace(/\\/g, '/'), line: Number(match[2]), code: match[3], message: match[4] });
  }
  return errors;
}

/** Line numbers (1-based) of a file's lines marked with a cross (✗). */
export function markedLines(file: string): number[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => (line.includes('✗') ? [index + 1] : []));
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
}

/** Counts the pixels of the element's canvas that are not transparent. */
export function drawnPixels(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const host = document.querySelector(sel);
    const canvas = host?.shadowRoot?.querySelector('canvas');
    if (!canvas || !canvas.width || !canvas.height) return 0;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) count++;
    return count;
  }, selector);
}

/** The packages that must exist once in an app's tree: trade-widgets shares the app's copies. */
export const SHARED_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'chart.js'];

/** Asserts `npm ls` finds exactly one copy of each shared package in the app. */
export async function expectOneCopyEach(app: string): Promise<void> {
  const parseable = expectSuccess(await run('npm', ['ls', ...SHARED_PACKAGES, '--all', '--parseable'], app), 'npm ls');
  const paths = parseable.stdout.split('\n').filter((line) => line.includes('node_modules'));
  for (const name of SHARED_PACKAGES) {
    expect(paths.filter((path) => path.replace(/\\/g, '/').endsWith(`node_modules/${name}`)), name).toHaveLength(1);
  }
}

/** The app's own `tsc` passes on its sources. */
export async function expectTypeCheckPasses(app: string): Promise<void> {
  const result = await run(join(app, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], app);
  expect(tscErrors(result.stdout + result.stderr)).toEqual([]);
  expect(result.code).toBe(0);
}

/** The app's `tsc` fails on `file`, at exactly the lines marked ✗ there, and nowhere else. */
export async function expectTypeErrorsAtMarkedLines(app: string, file: string): Promise<void> {
  const result = await run(join(app, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.errors.json'], app);
  expect(result.code).not.toBe(0);
  const errors = tscErrors(result.stdout + result.stderr);
  expect(errors.filter((e) => e.file !== file)).toEqual([]);
  expect([...new Set(errors.map((e) => e.line))]).toEqual(markedLines(join(app, file)));
}

/**
 * Builds the app with its own Vite, serves it and opens it in Chromium; `visit` runs with the page
 * and the page's errors. Closes the server (and leaves the browser to the caller's afterAll).
 */
export async function visitBuiltApp(app: string, browserRef: { browser?: Browser }, visit: (page: Page, errors: string[]) => Promise<void>): Promise<void> {
  expectSuccess(await run(join(app, 'node_modules/.bin/vite'), ['build'], app), 'vite build');
  const server = await serveStatic(join(app, 'dist'));
  try {
    browserRef.browser ??= await launchChromium();
    const page = await browserRef.browser.newPage({ viewport: { width: 1000, height: 1200 }, reducedMotion: 'reduce' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${server.url}/`);
    await visit(page, errors);
  } finally {
    await server.close();
  }
}
