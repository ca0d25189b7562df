import { describe, it, expect } from 'vitest';
import { commands } from 'vitest/browser';
import { fixture, html } from '@open-wc/testing';
import axe from 'axe-core';
import '../../src/index.js';
import { WIDGET_BOXES } from '../../src/core/layout.js';
import type { TradeWidget } from '../../src/core/widget-element.js';
import type { TradeChartWidget } from '../../src/core/chart-widget.js';
import { settle } from './helpers.js';
import { contrast, deltaE, DEFICIENCIES, parseColor, simulate, type RGB } from '../support/color.js';

const TAGS = Object.keys(WIDGET_BOXES);
const THEMES = ['light', 'dark'] as const;
const LOCALES = ['en', 'zh-CN'] as const;

/** Mounts `tag` on a page of the right colour (a dark widget sits on a dark page), drawn and settled. */
async function mountWidget(tag: string, theme: string, lang: string): Promise<TradeWidget> {
  const page = theme === 'dark' ? 'background:#15191f;color:#eef1f4' : 'background:#fff;color:#1d1d1b';
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:640px;${page};font-family:system-ui,'Noto Sans CJK SC',sans-serif"></div>`);
  const element = document.createElement(tag) as TradeWidget;
  element.setAttribute('theme', theme);
  element.setAttribute('lang', lang);
  element.setAttribute('eager', '');
  wrapper.append(element);
  await element.updateComplete;
  await settle(element, 6);
  return element;
}

describe.each(TAGS)('<%s> accessibility', (tag) => {
  it.each(THEMES.flatMap((theme) => LOCALES.map((lang) => [theme, lang])))('has no axe violations (WCAG 2.2 A/AA) in %s, %s', async (theme, lang) => {
    const element = await mountWidget(tag, theme, lang);
    const results = await axe.run(element.parentElement!, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });

  it('names its chart by the title and describes it in words from the data', async () => {
    const element = await mountWidget(tag, 'light', 'en');
    const root = element.shadowRoot!;
    const title = root.querySelector('[part~="title"]')!.textContent!.trim();
    expect(title.length).toBeGreaterThan(5);
    const figure = root.querySelector('figure')!;
    expect(root.getElementById(figure.getAttribute('aria-labelledby')!)!.textContent!.trim()).toBe(title);
    const table = root.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent!.trim().length).toBeGreaterThan(0);
    expect(table.querySelectorAll('th[scope="col"]').length).toBe(4);
    expect(table.querySelectorAll('tbody th[scope="row"]').length).toBeGreaterThan(0);
  });
});

const CHART_TAGS = TAGS.filter((tag) => tag !== 'trade-figure');

describe.each(CHART_TAGS)('<%s> keyboard', (tag) => {
  it.each(LOCALES)('is one tab stop; arrows, Home, End and Escape move and announce (%s)', async (lang) => {
    const element = (await mountWidget(tag, 'light', lang)) as TradeChartWidget;
    const root = element.shadowRoot!;
    const box = root.querySelector<HTMLElement>('.canvas-box')!;
    expect(box.tabIndex).toBe(0);
    expect(root.querySelectorAll('canvas[tabindex], [tabindex="0"]:not(.canvas-box):not(button)').length).toBe(0);
    expect(root.getElementById('summary')!.textContent!.trim().length).toBeGreaterThan(20);
    box.focus();
    const live = root.querySelector('[aria-live="polite"]')!;
    const press = async (key: string) => {
      box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await element.updateComplete;
      return live.textContent!.trim();
    };
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('th')!.textContent!.trim());
    const first = await press('ArrowRight');
    expect(first.startsWith(`${rows[0]}:`) || first.startsWith(`${rows[0]}：`)).toBe(true);
    expect(first).toMatch(lang === 'en' ? /\b1 of \d/ : /第1(位|项)/);
    const chart = element.chart!;
    expect(chart.getActiveElements()).toHaveLength(1);
    const last = await press('End');
    expect(last.startsWith(rows[rows.length - 1])).toBe(true);
    expect(await press('Home')).toBe(first);
    expect(await press('Escape')).toBe('');
    expect(chart.getActiveElements()).toHaveLength(0);
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    for (const button of buttons) expect(button.getAttribute('type')).toBe('button');
  });
});

describe('palette', () => {
  /** The resolved palette of a widget in a theme, read from its computed style as the canvas reads it. */
  async function palette(theme: string) {
    const element = (await mountWidget('trade-ranking', theme, 'en')) as TradeChartWidget;
    const style = getComputedStyle(element);
    const probe = element.shadowRoot!.querySelector<HTMLElement>('.probe')!;
    const resolve = (name: string): RGB => {
      probe.style.color = style.getPropertyValue(name).trim();
      return parseColor(getComputedStyle(probe).color);
    };
    const background = parseColor(style.backgroundColor);
    return {
      background,
      text: parseColor(style.color),
      muted: resolve('--_muted'),
      graphics: { bar: resolve('--_bar'), highlight: resolve('--_highlight'), reference: resolve('--_reference'), focus: resolve('--_focus') },
      series: [1, 2, 3, 4].map((n) => resolve(`--_series-${n}`)),
    };
  }

  it.each(THEMES)('passes 4.5:1 for text and 3:1 for graphical objects (%s)', async (theme) => {
    const p = await palette(theme);
    expect(contrast(p.text, p.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.muted, p.background)).toBeGreaterThanOrEqual(4.5);
    for (const [name, color] of Object.entries(p.graphics)) expect(contrast(color, p.background), name).toBeGreaterThanOrEqual(3);
    p.series.forEach((color, i) => expect(contrast(color, p.background), `series ${i + 1}`).toBeGreaterThanOrEqual(3));
  });

  it.each(THEMES)('keeps highlight, bars and series apart under protanopia, deuteranopia and tritanopia (%s)', async (theme) => {
    const p = await palette(theme);
    for (const deficiency of DEFICIENCIES) {
      const seen = (c: RGB) => simulate(c, deficiency);
      expect(deltaE(seen(p.graphics.highlight), seen(p.graphics.bar)), `${deficiency}: highlight vs bar`).toBeGreaterThan(20);
      for (let i = 0; i < p.series.length; i++) {
        for (let j = i + 1; j < p.series.length; j++) {
          expect(deltaE(seen(p.series[i]), seen(p.series[j])), `${deficiency}: series ${i + 1} vs ${j + 1}`).toBeGreaterThan(12);
        }
      }
    }
  });

  it('does not carry the highlight by colour alone: its label is bold', async () => {
    const element = (await mountWidget('trade-ranking', 'light', 'en')) as TradeChartWidget;
    const ticks = element.chart!.config.options!.scales!.y!.ticks as unknown as { font: (c: { index: number }) => { weight: number } };
    expect(ticks.font({ index: 1 }).weight).toBe(700);
    expect(ticks.font({ index: 0 }).weight).toBe(400);
  });
});

describe.each(TAGS)('<%s> table view', (tag) => {
  it('has no axe violations, and its scrolling region takes keyboard focus', async () => {
    const element = await mountWidget(tag, 'light', 'zh-CN');
    element.setAttribute('show-table', '');
    await settle(element, 4);
    const region = element.shadowRoot!.querySelector<HTMLElement>('.table-view')!;
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('aria-label')).toBe(element.shadowRoot!.querySelector('caption')!.textContent);
    region.focus();
    expect(element.shadowRoot!.activeElement).toBe(region);
    const results = await axe.run(element.parentElement!, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('Chinese text', () => {
  const VIEWS: Record<string, string[]> = { 'province-growth': ['rates', 'climb'], 'export-mix': ['new-three', 'balance'] };
  it.each(TAGS.flatMap((tag) => (VIEWS[tag] ?? ['']).map((view) => [tag, view])))('<%s %s> joins Chinese sentences without a space', async (tag, view) => {
    const element = await mountWidget(tag, 'light', 'zh-CN');
    if (view) {
      element.setAttribute('view', view);
      await settle(element, 6);
    }
    const root = element.shadowRoot!;
    const texts = ['[part~="subtitle"]', '[part~="notes"]', '#summary', 'caption'].map((selector) => root.querySelector(selector)?.textContent?.trim() ?? '');
    expect(texts.join('').length).toBeGreaterThan(20);
    // A space after Chinese punctuation (or between two Chinese characters) reads as a stray gap.
    for (const text of texts) expect(text, text).not.toMatch(/[。；，：！？）][ \u00a0]|[\u4e00-\u9fff] [\u4e00-\u9fff]/);
  });
});

describe('more contrast', () => {
  it.each(THEMES)('darkens secondary text to 7:1 and strengthens grid lines, switching live (%s)', async (theme) => {
    const element = (await mountWidget('trade-ranking', theme, 'en')) as TradeChartWidget;
    const grid = () => (element.chart!.config.options!.scales!.x!.grid as { color: string }).color;
    const resolve = (name: string): RGB => {
      const probe = element.shadowRoot!.querySelector<HTMLElement>('.probe')!;
      probe.style.color = getComputedStyle(element).getPropertyValue(name).trim();
      return parseColor(getComputedStyle(probe).color);
    };
    const background = parseColor(getComputedStyle(element).backgroundColor);
    const gridBefore = grid();
    const mutedBefore = contrast(resolve('--_muted'), background);
    try {
      await commands.emulateMedia({ contrast: 'more' });
      await settle(element, 6);
      const muted = contrast(resolve('--_muted'), background);
      expect(muted).toBeGreaterThanOrEqual(7);
      expect(muted).toBeGreaterThan(mutedBefore);
      expect(contrast(resolve('--_grid'), background)).toBeGreaterThanOrEqual(3);
      // The canvas follows without a reload: the chart's grid lines take the stronger colour.
      expect(grid()).not.toBe(gridBefore);
      expect(parseColor(grid())).toEqual(resolve('--_grid'));
    } finally {
      await commands.emulateMedia({ contrast: null });
    }
  });
});

describe('forced colours and zoom', () => {
  it('draws with the system colours in forced-colours mode, switching live', async () => {
    const element = (await mountWidget('trade-ranking', 'light', 'en')) as TradeChartWidget;
    const before = (element.chart!.data.datasets[0].backgroundColor as string[])[0];
    await commands.emulateMedia({ forcedColors: 'active' });
    await settle(element, 6);
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    const bars = element.chart!.data.datasets[0].backgroundColor as string[];
    expect(bars[0]).toBe(canvasText);
    expect(bars[0]).not.toBe(before);
    await commands.emulateMedia({ forcedColors: 'none' });
  });

  it('keeps the frame inside its box at 200% text size in a 640 px column', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:640px;font-size:32px"><trade-ranking eager></trade-ranking></div>`);
    const element = wrapper.firstElementChild as TradeChartWidget;
    await settle(element, 6);
    const box = element.getBoundingClientRect();
    const buttons = [...element.shadowRoot!.querySelectorAll('button')];
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) {
      const rect = button.getBoundingClientRect();
      expect(rect.right).toBeLessThanOrEqual(box.right + 0.5);
      expect(rect.bottom).toBeLessThanOrEqual(box.bottom + 0.5);
    }
    expect(element.chart?.height ?? 0).toBeGreaterThan(60);
  });
});
