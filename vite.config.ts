import { defineConfig, type UserConfig } from 'vite';
import { resolve } from 'node:path';
import { elementTags } from './scripts/elements.js';
import { stripCitations, preUpgradeCss, embedPage } from './scripts/vite-plugins.js';
import { hoistTransitiveImports, minifyTemplates } from './scripts/build-plugins.js';

const root = import.meta.dirname;
const tags = elementTags();
const elementEntries = Object.fromEntries(tags.map((tag) => [tag, resolve(root, `src/elements/${tag}/${tag}.ts`)]));

/**
 * Two builds from one source (see DESIGN.md, Bundles):
 * - `vite build --mode cdn`: self-contained minified ESM in dist/cdn/, one file for all widgets and
 *   one per element, sharing chunks so a page with two elements loads Lit and Chart.js once;
 * - `vite build --mode npm`: ES modules in dist/ with lit and chart.js external, module per module,
 *   so an app's bundler shakes what it does not import.
 * Without a build mode, `vite` serves the demo pages in demo/.
 */
function cdnBuild(): UserConfig {
  return {
    plugins: [stripCitations(), preUpgradeCss(), minifyTemplates(), hoistTransitiveImports(), embedPage()],
    // The iframe embed page accepts exactly the tags built here.
    define: { __TRADE_WIDGET_TAGS__: JSON.stringify(tags) },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: { 'trade-widgets': resolve(root, 'src/index.ts'), ...elementEntries, embed: resolve(root, 'src/embed/embed.ts') }, formats: ['es'] },
      rolldownOptions: {
        // Reading a property is taken as free of side effects, so code kept alive only by one is
        // shaken: Chart.js's time, logarithmic and radial scales and date adapter (about 6 kB gzip)
        // stay in the bundle otherwise, though nothing registers them (BENCHMARKS.md). Consequence
        // for our code: a bare `el.offsetWidth;` written to force layout would be dropped here;
        // use a call (`el.getBoundingClientRect()`) for that.
        treeshake: { propertyReadSideEffects: false },
        // An element's own code stays in its entry file (trade-ranking.js) instead of a chunk behind
        // a one-line re-export: one request level less; trade-widgets.js imports the element files.
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
        },
      },
    },
  };
}

function npmBuild(): UserConfig {
  return {
    // No pre-upgrade stylesheet here: the package's `trade-widgets.css` export is dist/cdn's.
    plugins: [stripCitations(), minifyTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      lib: { entry: { index: resolve(root, 'src/index.ts'), ...Object.fromEntries(tags.map((tag) => [`elements/${tag}/${tag}`, elementEntries[tag]])) }, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^chart\.js($|\/)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') return cdnBuild();
  if (mode === 'npm') return npmBuild();
  return {
    publicDir: false,
    plugins: [stripCitations(), preUpgradeCss()],
    server: { host: '127.0.0.1', port: 5173, open: false },
    preview: { host: '127.0.0.1', port: 4173 },
  };
});
