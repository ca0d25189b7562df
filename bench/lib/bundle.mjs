/**
 * Bundling reference code: Vite (rolldown), ES output, fully minified, every dependency inside.
 * Used for the floor, the baseline page and "an app importing one element from the npm build".
 * No project config is read (configFile: false); the CDN build's target and tree-shaking settings
 * are passed in by the caller when a bundle must be made "the same way" as ours.
 */
import { build, loadConfigFromFile } from 'vite';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Bundles `source` (an ES module's text, written to `<dir>/entry.js`) into `<dir>/out/<name>.js`.
 * - `alias`: Vite aliases (e.g. the package's own name to dist/, as an installed package resolves);
 * - `app`: an application build (`vite build` of an app, production mode) instead of library mode;
 * - `target`, `treeshake`: as in the CDN build, for a like-for-like comparison.
 * Returns the output files (entry first).
 */
export async function bundleSource(dir, name, source, { alias = [], app = false, target = 'es2022', treeshake } = {}) {
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, source);
  const outDir = join(dir, 'out');
  const output = { entryFileNames: `${name}.js`, chunkFileNames: `${name}-[hash].js`, minify: true };
  await build({
    configFile: false,
    root: dir,
    logLevel: 'error',
    mode: 'production',
    resolve: { alias },
    build: {
      outDir,
      emptyOutDir: true,
      target,
      minify: true,
      ...(app ? {} : { lib: { entry, formats: ['es'] } }),
      rolldownOptions: { ...(app ? { input: entry } : {}), ...(treeshake ? { treeshake } : {}), output },
    },
  });
  const files = readdirSync(outDir, { recursive: true }).filter((file) => String(file).endsWith('.js')).map((file) => join(outDir, String(file)));
  return files.sort((a, b) => Number(b.endsWith(`${name}.js`)) - Number(a.endsWith(`${name}.js`)));
}

/** The CDN build's target and tree-shaking options, read from the project's vite.config.ts. */
export async function cdnBuildSettings(root) {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'cdn', isSsrBuild: false, isPreview: false }, join(root, 'vite.config.ts'), root, 'silent');
  const build = loaded?.config.build ?? {};
  return { target: build.target ?? 'es2022', treeshake: build.rolldownOptions?.treeshake };
}
