import type { Plugin } from 'vite';

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
