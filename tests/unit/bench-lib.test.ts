import { describe, it, expect } from 'vitest';
import { baselineSource, floorSource, registeredParts } from '../../bench/lib/floor.mjs';
import { staleReason } from '../../bench/lib/build-state.mjs';
import { articlePage, widgetPage } from '../../bench/lib/pages.mjs';
import { evaluate, parseLimit } from '../../scripts/check-size.mjs';

describe('floor and baseline sources', () => {
  it('reads the parts given to Chart.register', () => {
    const registry = "import { BarController, BarElement, Chart } from 'chart.js';\nChart.register(BarController, BarElement,\n  CategoryScale, LinearScale, Tooltip);\n";
    expect(registeredParts(registry)).toEqual(['BarController', 'BarElement', 'CategoryScale', 'LinearScale', 'Tooltip']);
    expect(registeredParts('Chart.register(...registerables)')).toEqual(['registerables']);
    expect(registeredParts('nothing here')).toEqual([]);
  });

  it('imports and registers exactly those parts, with Lit only in the floor', () => {
    const floor = floorSource(['BarController', 'Tooltip']);
    expect(floor).toContain("import { Chart, BarController, Tooltip } from 'chart.js';");
    expect(floor).toContain('Chart.register(BarController, Tooltip);');
    expect(floor).toContain("from 'lit'");
    const baseline = baselineSource(['BarController', 'Tooltip']);
    expect(baseline).toContain('Chart.register(BarController, Tooltip);');
    expect(baseline).not.toContain('lit');
    expect(baseline).toContain("indexAxis: 'y'");
    expect(baseline).toContain('animation: false');
  });
});

describe('build freshness', () => {
  it('rebuilds when an output is missing, an element has no entry, or an input is newer', () => {
    expect(staleReason({ inputs: { 'src/a.ts': 1 }, outputs: { 'dist/cdn/trade-widgets.js': undefined } })).toMatch(/missing dist\/cdn\/trade-widgets.js/);
    expect(staleReason({ inputs: {}, outputs: { x: 5 }, missingTags: ['export-mix'] })).toMatch(/export-mix/);
    expect(staleReason({ inputs: { 'src/a.ts': 10, 'src/b.ts': 3 }, outputs: { x: 5, y: 8 } })).toMatch(/src\/a.ts/);
    expect(staleReason({ inputs: { 'src/a.ts': 4 }, outputs: { x: 5, y: 8 } })).toBe('');
  });
});

describe('bench pages', () => {
  it('marks the start before the stylesheet and the bundle', () => {
    const page = widgetPage({ tag: 'trade-ranking', script: '/dist/cdn/trade-ranking.js', css: '/dist/cdn/trade-widgets.css' });
    expect(page.indexOf("performance.mark('script-start')")).toBeLessThan(page.indexOf('<link rel="stylesheet"'));
    expect(page.indexOf('<link rel="stylesheet"')).toBeLessThan(page.indexOf('<script type="module"'));
    expect(page).toContain('<trade-ranking eager></trade-ranking>');
  });

  it('puts the widgets in turn in a long article', () => {
    const page = articlePage({ tags: ['a-b', 'c-d'], count: 5, script: '/x.js', css: '/x.css' });
    expect(page.match(/<a-b><\/a-b>/g)).toHaveLength(3);
    expect(page.match(/<c-d><\/c-d>/g)).toHaveLength(2);
    expect(page).toContain("observe({ type: 'longtask', buffered: true })");
    expect(page).toContain("observe({ type: 'layout-shift', buffered: true })");
  });
});

describe('size checks', () => {
  it('parses limits as size-limit does', () => {
    expect(parseLimit('80 kB')).toBe(80_000);
    expect(parseLimit('1 KiB')).toBe(1024);
    expect(parseLimit('500 B')).toBe(500);
    expect(parseLimit(70_000)).toBe(70_000);
  });

  it('sums the files of a check and fails over the limit or on a missing file', () => {
    const sizes: Record<string, number> = { 'package.json': 600, 'vite.config.ts': 500 };
    const rows = evaluate(
      [
        { name: 'two files', path: ['package.json', 'vite.config.ts'], limit: '1.2 kB', gzip: true },
        { name: 'over', path: 'package.json', limit: '0.5 kB', gzip: true },
        { name: 'missing', path: ['no/such/file.js'], limit: '1 kB' },
      ],
      (path) => sizes[path],
    );
    expect(rows.map((row) => [row.name, row.bytes, row.pass])).toEqual([
      ['two files', 1100, true],
      ['over', 600, false],
      ['missing', NaN, false],
    ]);
  });
});
