import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';

/**
 * @open-wc/testing pulls in @web/test-runner-commands, which imports a file only Web Test Runner
 * serves. Under Vite that import is resolved to an empty module.
 */
export function webTestRunnerStub(): Plugin {
  const id = '/__web-dev-server__web-socket.js';
  return {
    name: 'web-test-runner-stub',
    enforce: 'pre',
    resolveId(source) {
      return source.endsWith('__web-dev-server__web-socket.js') ? `\0${id}` : undefined;
    },
    load(moduleId) {
      return moduleId === `\0${id}` ? 'export default {}; export const sendMessage = () => {}; export const webSocket = undefined;' : undefined;
    },
  };
}

/**
 * The data files carry, per figure, the quote it comes from (checked by tests/unit/data.test.ts).
 * The widgets show short citations only, so the quotes and derivation notes stay out of the bundles.
 */
const CITATION_KEYS = new Set(['quote', 'quoted', 'how', 'seed', 'note', 'notes', 'title', 'publisher']);

export function stripCitations(): Plugin {
  return {
    name: 'strip-citations',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]data[\\/][^\\/]+\.json$/.test(id)) return undefined;
      const data = JSON.parse(code, (key, value) => (CITATION_KEYS.has(key) ? undefined : value));
      return { code: JSON.stringify(data), map: null };
    },
  };
}

/** Emits `trade-widgets.css`, the pre-upgrade stylesheet, from the same box table the elements use. */
export function preUpgradeCss(): Plugin {
  return {
    name: 'pre-upgrade-css',
    // The dev server answers the same file at /trade-widgets.css, so the demo links it like an editor would.
    configureServer(server) {
      server.middlewares.use('/trade-widgets.css', async (_request, response) => {
        const { preUpgradeStylesheet } = await import('../src/core/layout.js');
        response.setHeader('content-type', 'text/css; charset=utf-8');
        response.end(preUpgradeStylesheet());
      });
    },
    async generateBundle() {
      const { preUpgradeStylesheet } = await import('../src/core/layout.js');
      this.emitFile({ type: 'asset', fileName: 'trade-widgets.css', source: preUpgradeStylesheet() });
    },
  };
}

/**
 * Test-only endpoints on the Vitest browser server, for the `src` paths a newsroom's server can take:
 * `/__test/status?code=404`, `/__test/html`, `/__test/slow?ms=3000&file=/tests/fixtures/data/x.json`.
 */
export function testEndpoints(): Plugin {
  return {
    name: 'test-endpoints',
    configureServer(server) {
      server.middlewares.use('/__test/', async (request, response) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        const { readFile } = await import('node:fs/promises');
        const { resolve } = await import('node:path');
        if (url.pathname === '/status') {
          response.statusCode = Number(url.searchParams.get('code') ?? 500);
          response.end('error');
        } else if (url.pathname === '/html') {
          response.setHeader('content-type', 'text/html');
          response.end('<!doctype html><html><body><h1>Page not found</h1><script>window.__pwned = true</script></body></html>');
        } else if (url.pathname === '/slow') {
          const ms = Number(url.searchParams.get('ms') ?? 2000);
          await new Promise((done) => setTimeout(done, ms));
          const file = url.searchParams.get('file') ?? '/tests/fixtures/data/central-2025.json';
          const root = resolve(import.meta.dirname, '..');
          const path = resolve(root, `.${file}`);
          if (!path.startsWith(root)) { response.statusCode = 403; response.end(); return; }
          response.setHeader('content-type', file.endsWith('.csv') ? 'text/csv' : 'application/json');
          response.end(await readFile(path));
        } else {
          response.statusCode = 404;
          response.end();
        }
      });
    },
  };
}

/**
 * The iframe embed page of the CDN build: `embed.html` (from src/embed/, loading `embed.js`, an entry
 * of the build) and `resizer.js`, the parent page's script, built on its own as a classic script
 * (an IIFE: no module, no globals, may be included twice).
 */
export function embedPage(): Plugin {
  let outDir = '';
  return {
    name: 'embed-page',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async generateBundle() {
      const html = await readFile(resolve(import.meta.dirname, '../src/embed/embed.html'), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: html });
    },
    async closeBundle() {
      const { build } = await import('vite');
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2017',
          copyPublicDir: false,
          lib: { entry: resolve(import.meta.dirname, '../src/embed/resizer.ts'), formats: ['iife'], name: 'tradeWidgetsResizer', fileName: () => 'resizer.js' },
          rolldownOptions: { output: { minify: true } },
        },
      });
    },
  };
}
