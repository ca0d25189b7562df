import { describe, it, expect, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from '@open-wc/testing';
import '../../src/elements/trade-ranking/trade-ranking.js';
import type { TradeRanking } from '../../src/elements/trade-ranking/trade-ranking.js';
import type { TradePointDetail } from '../../src/core/events.js';
import { mount, partText, captureWarnings, settle } from './helpers.js';
import { PNG_MARGIN, wrapText } from '../../src/core/png.js';

/** Waits until `check` passes (network paths settle on their own time). */
async function until(check: () => boolean, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const central = [
  { region: 'Anhui', value: 1013.6 },
  { region: 'Henan', value: 935.67 },
  { region: 'Hubei', value: 834.01 },
];

describe('data in', () => {
  it('takes JSON text given to the data property, as React 19 and Vue pass a data="…" prop', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`);
    (el as unknown as { data: string }).data = JSON.stringify(central);
    await settle(el);
    expect(el.chart!.data.labels).toEqual(['Anhui', 'Henan', 'Hubei']);
    const warnings = await captureWarnings(async () => {
      (el as unknown as { data: string }).data = '[{"region": "Anhui"';
      await settle(el);
      expect(partText(el, 'error')).toContain('not valid JSON');
    });
    expect(warnings.join()).toContain('cannot use the data property');
  });

  it('takes rows through the data property', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager .data=${central}></trade-ranking>`);
    expect(el.chart!.data.labels).toEqual(['Anhui', 'Henan', 'Hubei']);
    expect(partText(el, 'title')).toBe('Foreign trade by region');
    expect(partText(el, 'source')).toBe('Source: Data supplied by the publisher');
  });

  it('takes rows through the data attribute, with flags and per-row sources', async () => {
    const json = JSON.stringify([{ region: 'Guangdong', value: 9000, lowerBound: true, source: 'Paper A' }, { region: 'Anhui', value: 1013.6, source: 'Paper B' }]);
    const el = await mount<TradeRanking>(html`<trade-ranking eager data=${json}></trade-ranking>`);
    expect(el.chart!.data.datasets[0].data).toEqual([9000, 1013.6]);
    expect(partText(el, 'source')).toBe('Source: Paper A; Paper B');
    expect(partText(el, 'notes')).toContain('Guangdong: a lower bound');
  });

  it('fetches src JSON when visible and draws it', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager src="/tests/fixtures/data/central-2025.json"></trade-ranking>`);
    await until(() => Boolean(el.chart));
    expect(el.chart!.data.datasets[0].data).toEqual([1013.6, 935.67, 834.01]);
    expect(partText(el, 'source')).toBe('Source: China Daily Brief, 2026');
  });

  it('reads src CSV with a BOM, Chinese headers, quotes and thousands separators', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager lang="zh-CN" src="/tests/fixtures/data/central-2025.csv"></trade-ranking>`);
    await until(() => Boolean(el.chart));
    expect(el.chart!.data.labels).toEqual(['安徽', '河南', '湖北']);
    expect(el.chart!.data.datasets[0].data).toEqual([1013.6, 935.67, 834.01]);
    expect(el.shadowRoot!.querySelector('tbody tr:last-child')!.textContent).toContain('另有"8.34万亿元"的说法');
  });

  it('says so when src fails, returns HTML or is too slow, and warns', async () => {
    const warnings = await captureWarnings(async () => {
      const failed = await mount<TradeRanking>(html`<trade-ranking eager src="/__test/status?code=404"></trade-ranking>`);
      await until(() => partText(failed, 'error') !== '');
      expect(partText(failed, 'error')).toContain('could not be loaded (HTTP 404)');

      const page = await mount<TradeRanking>(html`<trade-ranking eager src="/__test/html"></trade-ranking>`);
      await until(() => partText(page, 'error') !== '');
      expect(partText(page, 'error')).toContain('returned a web page (HTML)');
      expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();

      const slow = await mount<TradeRanking>(html`<trade-ranking eager timeout="400" src="/__test/slow?ms=3000"></trade-ranking>`);
      expect(slow.shadowRoot!.querySelector('.loading')!.textContent).toBe('Loading data…');
      await until(() => partText(slow, 'error') !== '');
      expect(partText(slow, 'error')).toContain('did not arrive within 0.4 s');
    });
    expect(warnings.some((w) => w.includes('src="/__test/status?code=404"') && w.includes('HTTP 404'))).toBe(true);
    expect(warnings.some((w) => w.includes('HTML'))).toBe(true);
    expect(warnings.some((w) => w.includes('did not arrive'))).toBe(true);
  });

  it('drops a stale response when src changes during a slow load', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager src="/__test/slow?ms=800&file=/tests/fixtures/data/central-2025.csv"></trade-ranking>`);
    el.src = '/tests/fixtures/data/central-2025.json';
    await until(() => Boolean(el.chart));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await settle(el);
    expect(el.chart!.data.labels).toEqual(['Anhui', 'Henan', 'Hubei']);
    expect(partText(el, 'source')).toBe('Source: China Daily Brief, 2026');
  });

  it('draws the good rows and names the dropped ones', async () => {
    const json = JSON.stringify([...central, { region: 'Nowhere', value: 'n/a' }]);
    const warnings = await captureWarnings(async () => {
      const el = await mount<TradeRanking>(html`<trade-ranking eager data=${json}></trade-ranking>`);
      expect(el.chart!.data.labels).toEqual(['Anhui', 'Henan', 'Hubei']);
      expect(partText(el, 'notes')).toContain('1 row(s) were left out: Row 4: "value" n/a is not a finite number.');
    });
    expect(warnings.join()).toContain('left rows out of the data attribute');
  });

  it('never falls back silently to the bundled data', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager data="[]"></trade-ranking>`);
    expect(el.chart).toBeUndefined();
    expect(partText(el, 'error')).toContain('The data has no rows.');
  });
});

describe('data out', () => {
  it('downloads exactly the drawn rows as UTF-8 CSV with a BOM', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager lang="zh-CN"></trade-ranking>`);
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => { blobs.push(blob as Blob); return 'blob:test'; });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="下载CSV"]')!;
    button.click();
    create.mockRestore();
    click.mockRestore();
    expect(blobs).toHaveLength(1);
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('名称,数值 (十亿元),说明,来源');
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['广东,9000', '安徽,1013.6', '河南,935.67', '湖北,834.01']);
  });

  it('renders a 2× PNG with the title and source burned in', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`, 600);
    const canvas = (await el.pngCanvas())!;
    // The chart at 2×, with the same margin left and right as the text beside it.
    expect(canvas.width).toBe((el.chart!.width + 2 * PNG_MARGIN) * 2);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const image = await createImageBitmap(blob);
    expect(image.width).toBe(canvas.width);
    // Decode and look for ink in the title band (top) and the source band (bottom).
    const probe = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
    probe.drawImage(image, 0, 0);
    const inked = (y0: number, y1: number) => {
      const pixels = probe.getImageData(0, y0, image.width, y1 - y0).data;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 100) return true;
      return false;
    };
    expect(inked(0, 60)).toBe(true);
    expect(inked(image.height - 120, image.height)).toBe(true);
  });

  it('wraps the PNG text to the chart width, Chinese too, even when sentences are joined by a space', async () => {
    const ctx = new OffscreenCanvas(10, 10).getContext('2d')! as unknown as CanvasRenderingContext2D;
    ctx.font = "13px system-ui, 'Noto Sans CJK SC', sans-serif";
    const width = 200;
    const notes = '锂电池和光伏产品、其他出口：为推算值（根据来源数据计算，斜线标示）。 虚线：机电产品占出口70%以上（下限），其中包含“新三样”。';
    const lines = wrapText(ctx, notes, width);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(ctx.measureText(line).width, line).toBeLessThanOrEqual(width);
    // Nothing is lost, and no line starts with closing punctuation or ends with opening punctuation.
    expect(lines.join('').replace(/\s+/g, '')).toBe(notes.replace(/\s+/g, ''));
    for (const line of lines) {
      expect(line, line).not.toMatch(/^[、。，：；！？）」』”》]/);
      expect(line, line).not.toMatch(/[（「『“《]$/);
    }
    // English wraps between words, never inside one.
    const sentence = 'Batteries and PV, Other exports: derived (computed from the sourced figures; hatched).';
    const words = wrapText(ctx, sentence, width);
    expect(words.length).toBeGreaterThan(1);
    expect(words.join(' ')).toBe(sentence);
    for (const line of words) expect(ctx.measureText(line).width, line).toBeLessThanOrEqual(width);
    // A word wider than the line (a URL) is cut rather than overflowing, and nothing is lost.
    const source = 'Source: https://example.com/a-very-long-path/that-does-not-fit/in-two-hundred-pixels.csv and more';
    const cut = wrapText(ctx, source, width);
    expect(cut.length).toBeGreaterThan(2);
    for (const line of cut) expect(ctx.measureText(line).width, line).toBeLessThanOrEqual(width);
    expect(cut.join('').replace(/\s+/g, '')).toBe(source.replace(/\s+/g, ''));
  });

  it('turns the buttons off by attribute, keeping the table for screen readers', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager no-table no-csv no-png></trade-ranking>`);
    expect(el.shadowRoot!.querySelectorAll('button')).toHaveLength(0);
    expect(el.shadowRoot!.querySelector('table')!.closest('.sr-only')).not.toBeNull();
  });

  it('shows the table in place of the chart on "Show data"', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`);
    const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Show data')!;
    button.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('canvas')).toBeNull();
    expect(el.shadowRoot!.querySelector('.table-view table')).not.toBeNull();
    expect(el.shadowRoot!.querySelector('button[aria-pressed="true"]')!.textContent).toBe('Show chart');
  });
});

describe('events', () => {
  it('emits trade-select with the row on click and on Enter', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`);
    const selected: TradePointDetail[] = [];
    document.addEventListener('trade-select', (event) => selected.push(event.detail));
    const bar = el.chart!.getDatasetMeta(0).data[2];
    // A real click through Playwright, in the middle of Henan's bar.
    await userEvent.click(el.chart!.canvas, { position: { x: (bar.x + (bar as unknown as { base: number }).base) / 2, y: bar.y } });
    // Chart.js handles pointer events on the next animation frame.
    await settle(el, 2);
    expect(selected[0]?.row).toMatchObject({ key: 'henan', name: 'Henan', value: 935.67 });
    expect(selected[0]?.index).toBe(2);
    const box2 = el.shadowRoot!.querySelector<HTMLElement>('.canvas-box')!;
    box2.focus();
    box2.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    box2.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(selected[1]?.row.key).toBe('hubei');
  });

  it('emits trade-hover when the keyboard moves, so pages can link widgets', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`);
    const hovered: (TradePointDetail | null)[] = [];
    el.addEventListener('trade-hover', (event) => hovered.push(event.detail));
    const box = el.shadowRoot!.querySelector<HTMLElement>('.canvas-box')!;
    box.focus();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(hovered.map((d) => d?.row.key ?? null)).toEqual(['guangdong', 'anhui', null]);
  });
});
