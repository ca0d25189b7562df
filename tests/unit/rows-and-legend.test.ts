/** Core additions used by <province-growth> (time-series rows) and <export-mix> (the stacked bar's key). */
import { describe, it, expect } from 'vitest';
import { parseRows } from '../../src/core/rows.js';
import { legendLayout } from '../../src/core/plugins/bar-marks.js';

describe('parseRows with periodNames (a time series)', () => {
  it('names and keys rows by their period', () => {
    const { rows, dropped } = parseRows([{ period: '2019', value: 400 }, { period: 2020, value: 545.15 }], 'en', { periodNames: true });
    expect(dropped).toEqual([]);
    expect(rows.map((r) => [r.key, r.name, r.value])).toEqual([['2019', '2019', 400], ['2020', '2020', 545.15]]);
  });

  it("keeps one region's years apart and lets a label name the row", () => {
    const { rows } = parseRows(
      [{ region: 'anhui', period: '2020', value: 545.15, label: 'End of plan' }, { region: 'anhui', period: '2025', value: 1013.6 }],
      'en',
      { periodNames: true },
    );
    expect(rows.map((r) => [r.key, r.name])).toEqual([['2020', 'End of plan'], ['2025', '2025']]);
  });

  it('is off by default: a row needs a region or label', () => {
    const parsed = parseRows([{ period: '2019', value: 400 }], 'en');
    expect(parsed.fatal?.code).toBe('noName');
  });
});

describe('legendLayout', () => {
  const font = { family: 'sans-serif', size: 10 };
  const measure = (text: string) => text.length * 6;
  const items = ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc'].map((label) => ({ label, color: '#000' }));

  it('puts items on one line when they fit', () => {
    const layout = legendLayout(items, 1000, font, measure);
    expect(layout.items.map((i) => i.y)).toEqual([0, 0, 0]);
    expect(layout.height).toBe(15);
  });

  it('wraps when the width runs out, and reserves the lines it uses', () => {
    const layout = legendLayout(items, 180, font, measure);
    expect(layout.items.map((i) => [i.x, i.y])).toEqual([[0, 0], [94, 0], [0, 15]]);
    expect(layout.height).toBe(30);
  });

  it('needs no room without items', () => {
    expect(legendLayout([], 300, font, measure).height).toBe(0);
  });
});
