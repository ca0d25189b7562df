/**
 * Issue 8: supply chain. The CDN bundle a news page loads must not evaluate strings as code (a strict
 * CSP forbids it, and it is the usual shape of an injected payload), and what ships to users is lit and
 * chart.js with their own dependencies, pinned by integrity hashes, nothing else. Known advisories are
 * checked by `npm audit --omit=dev --audit-level=high` in .ci/run (it needs the registry).
 * In the pages project because it reads dist/cdn, which `npm test` builds first.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CDN = 'dist/cdn';
/** What the runtime dependency tree may contain (package-lock.json, non-dev): lit and chart.js and theirs. */
const RUNTIME_TREE = [
  '@kurkle/color',
  '@lit-labs/ssr-dom-shim',
  '@lit/reactive-element',
  '@types/trusted-types',
  'chart.js',
  'lit',
  'lit-element',
  'lit-html',
];

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return /\.m?js$/.test(entry.name) ? [path] : [];
  });
}

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  link?: boolean;
  resolved?: string;
  integrity?: string;
}

describe('supply chain', () => {
  it('the CDN bundle never evaluates strings as code', () => {
    const files = jsFiles(CDN);
    expect(files.map((file) => file.replace(/\\/g, '/'))).toContain(`${CDN}/trade-widgets.js`);
    // `eval(`, `new Function`, and a bare `Function(` call (the same thing without `new`).
    const patterns = [/\beval\s*\(/, /\bnew\s+Function\b/, /(^|[^\w$.])Function\s*\(/];
    const hits = files.flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return patterns.filter((pattern) => pattern.test(code)).map((pattern) => `${file}: ${pattern}`);
    });
    console.log(`[supply-chain] ${files.length} files in ${CDN}, ${files.reduce((sum, file) => sum + readFileSync(file).length, 0)} bytes: ${hits.length} string-evaluation hits`);
    expect(hits).toEqual([]);
  });

  it('ships exactly lit and chart.js as runtime dependencies', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(['chart.js', 'lit']);
    for (const field of ['peerDependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
      expect(pkg[field], field).toBeUndefined();
    }
    // No install hooks of our own run on users' machines.
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts?.[hook], hook).toBeUndefined();
  });

  it('locks the runtime tree to lit, chart.js and their dependencies, every package pinned by a sha512 integrity', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
    const entries = Object.entries(lock.packages).filter(([path, entry]) => path && !entry.link);
    const runtime = entries.filter(([, entry]) => !entry.dev && !entry.devOptional).map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect([...new Set(runtime)].sort()).toEqual(RUNTIME_TREE);
    const unpinned = entries.filter(([, entry]) => !/^sha512-/.test(entry.integrity ?? '')).map(([path]) => path);
    const offRegistry = entries.filter(([, entry]) => entry.resolved && !entry.resolved.startsWith('https://registry.npmjs.org/')).map(([path, entry]) => `${path} ← ${entry.resolved}`);
    expect(unpinned, 'packages without an integrity hash').toEqual([]);
    expect(offRegistry, 'packages from outside the npm registry').toEqual([]);
  });

  it('has .ci/run audit the runtime dependencies for high and critical advisories', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toContain('npm audit --omit=dev --audit-level=high');
  });
});
