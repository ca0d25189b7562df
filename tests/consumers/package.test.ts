import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtTags, pack, ROOT, TMP, type Packed } from './helpers.js';

/** What `npm publish` would upload: only what users need, and every entry point it promises. */
describe('the npm tarball', () => {
  let packed: Packed;
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  beforeAll(async () => {
    packed = await pack(join(TMP, 'pack-contents'));
    console.log(`${packed.filename}: ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked, ${packed.files.length} files`);
  });

  it('holds the built modules, their types, the CDN files, the manifest, README and LICENSE, and nothing else', () => {
    const allowed = /^(package\.json|README\.md|LICENSE|custom-elements\.json|dist\/(?!embed\/).+\.(js|d\.ts|css|html))$/;
    expect(packed.files.filter((file) => !allowed.test(file))).toEqual([]);
    const required = [
      'package.json', 'README.md', 'LICENSE', 'custom-elements.json',
      'dist/index.js', 'dist/index.d.ts', 'dist/react.js', 'dist/react.d.ts',
      'dist/cdn/trade-widgets.js', 'dist/cdn/trade-widgets.css', 'dist/cdn/embed.html', 'dist/cdn/embed.js', 'dist/cdn/resizer.js',
      ...builtTags().flatMap((tag) => [
        `dist/elements/${tag}/${tag}.js`, `dist/elements/${tag}/${tag}.d.ts`,
        `dist/elements/${tag}/${tag}.component.js`, `dist/elements/${tag}/${tag}.component.d.ts`,
        `dist/cdn/${tag}.js`,
      ]),
    ];
    expect(required.filter((file) => !packed.files.includes(file))).toEqual([]);
  });

  it('has an exports entry, with types, for every element and its class', () => {
    for (const tag of builtTags()) {
      expect(manifest.exports[`./${tag}.js`], tag).toEqual({ types: `./dist/elements/${tag}/${tag}.d.ts`, default: `./dist/elements/${tag}/${tag}.js` });
      expect(manifest.exports[`./${tag}.component.js`], tag).toEqual({
        types: `./dist/elements/${tag}/${tag}.component.d.ts`,
        default: `./dist/elements/${tag}/${tag}.component.js`,
      });
    }
  });

  it('points every exports entry at a file in the tarball', () => {
    const targets = Object.values(manifest.exports as Record<string, string | Record<string, string>>)
      .flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))
      .filter((target) => !target.includes('*'))
      .map((target) => target.replace(/^\.\//, ''));
    expect(targets.filter((target) => !packed.files.includes(target))).toEqual([]);
  });

  it('declares side effects for the modules that define tags, and none for the classes', () => {
    const sideEffects: string[] = manifest.sideEffects;
    expect(sideEffects).toContain('./dist/index.js');
    for (const tag of builtTags()) {
      expect(sideEffects, tag).toContain(`./dist/elements/${tag}/${tag}.js`);
      expect(sideEffects, tag).not.toContain(`./dist/elements/${tag}/${tag}.component.js`);
    }
  });
});
