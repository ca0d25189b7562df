import { describe, it, expect, afterEach } from 'vitest';
import { commands } from 'vitest/browser';
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/trade-ranking/trade-ranking.js';
import type { TradeRanking } from '../../src/elements/trade-ranking/trade-ranking.js';
import { liveCharts } from '../../src/core/chart-controller.js';
import { mount, partText, settle } from './helpers.js';

async function frames(n = 4): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

afterEach(async () => {
  await commands.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
  document.documentElement.removeAttribute('lang');
  document.documentElement.className = '';
});

describe('responsive box', () => {
  it('redraws on container resize and switches to short labels in a narrow column', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`, 900);
    const wide = el.chart!.width;
    el.parentElement!.style.width = '320px';
    await frames();
    await settle(el);
    expect(el.chart!.width).toBeLessThan(wide);
    expect(el.chart!.width).toBeLessThanOrEqual(320);
    expect(el.getBoundingClientRect().height).toBeGreaterThanOrEqual(400);
    // The same chart instance is resized, not rebuilt.
    expect(el.chartController.redraws).toBeGreaterThan(0);
  });

  it('keeps its reserved height whatever the language or content', async () => {
    const en = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`, 360);
    const zh = await mount<TradeRanking>(html`<trade-ranking eager lang="zh-CN"></trade-ranking>`, 360);
    const broken = await mount<TradeRanking>(html`<trade-ranking eager data="nope"></trade-ranking>`, 360);
    const heights = [en, zh, broken].map((el) => el.getBoundingClientRect().height);
    expect(new Set(heights).size).toBe(1);
  });

  it('honours the height and aspect-ratio attributes', async () => {
    const tall = await mount<TradeRanking>(html`<trade-ranking eager height="600"></trade-ranking>`, 600);
    expect(tall.getBoundingClientRect().height).toBe(600);
    const square = await mount<TradeRanking>(html`<trade-ranking eager aspect-ratio="1/1"></trade-ranking>`, 500);
    expect(Math.round(square.getBoundingClientRect().height)).toBe(500);
  });

  it('draws only once a hidden container (display:none, closed details) is shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div id="tab" style="display:none"><trade-ranking eager></trade-ranking></div>
      <details><summary>Chart</summary><trade-ranking eager></trade-ranking></details>
    </div>`);
    const [inTab, inDetails] = [...wrapper.querySelectorAll('trade-ranking')] as TradeRanking[];
    await frames();
    expect(inTab.chart).toBeUndefined();
    expect(inDetails.chart).toBeUndefined();
    wrapper.querySelector<HTMLElement>('#tab')!.style.display = 'block';
    wrapper.querySelector('details')!.open = true;
    await frames(6);
    expect(inTab.chart?.width).toBeGreaterThan(0);
    expect(inDetails.chart?.width).toBeGreaterThan(0);
  });
});

describe('lazy rendering', () => {
  it('creates charts only near the viewport; the rest follow on scroll', async () => {
    const before = liveCharts.size;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px">
      ${Array.from({ length: 30 }, () => html`<trade-ranking></trade-ranking>`)}
    </div>`);
    await frames(6);
    const created = liveCharts.size - before;
    expect(created).toBeGreaterThan(0);
    expect(created).toBeLessThan(6);
    // The reserved box and the frame text are there before the chart.
    const last = wrapper.lastElementChild as TradeRanking;
    expect(last.chart).toBeUndefined();
    expect(partText(last, 'title')).toBe('Anhui joins the trillion-yuan club');
    last.scrollIntoView();
    await frames(6);
    expect(last.chart).toBeDefined();
    window.scrollTo(0, 0);
  });
});

describe('inherits the host page and themes', () => {
  it('uses the page font family and size for the canvas', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px;font-family:Georgia,serif;font-size:16px"><trade-ranking eager></trade-ranking></div>`);
    const el = wrapper.firstElementChild as TradeRanking;
    await settle(el);
    const ticks = el.chart!.options.scales!.x!.ticks as { font: { family: string; size: number } };
    expect(ticks.font.family).toBe('Georgia, serif');
    expect(ticks.font.size).toBe(16);
  });

  it('switches theme live, read from computed styles', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`);
    const lightBg = getComputedStyle(el).backgroundColor;
    const lightBar = (el.chart!.data.datasets[0].backgroundColor as string[])[0];
    el.theme = 'dark';
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).not.toBe(lightBg);
    expect(getComputedStyle(el).backgroundColor).toBe('rgb(21, 25, 31)');
    expect((el.chart!.data.datasets[0].backgroundColor as string[])[0]).not.toBe(lightBar);
  });

  it('follows prefers-color-scheme with theme="auto", without reload', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager theme="auto"></trade-ranking>`);
    await commands.emulateMedia({ colorScheme: 'light' });
    await settle(el);
    const light = (el.chart!.data.datasets[0].backgroundColor as string[])[0];
    await commands.emulateMedia({ colorScheme: 'dark' });
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).toBe('rgb(21, 25, 31)');
    expect((el.chart!.data.datasets[0].backgroundColor as string[])[0]).not.toBe(light);
  });

  it('re-reads --trade-* properties when the page toggles its own theme class', async () => {
    const style = document.createElement('style');
    style.textContent = 'html.night trade-ranking { --trade-bar: rgb(1, 2, 3); }';
    document.head.append(style);
    const el = await mount<TradeRanking>(html`<trade-ranking eager highlight=""></trade-ranking>`);
    document.documentElement.classList.add('night');
    await frames();
    await settle(el);
    expect((el.chart!.data.datasets[0].backgroundColor as string[])[0]).toBe('rgb(1, 2, 3)');
    style.remove();
  });

  it('exposes parts for host styling', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`);
    for (const part of ['frame', 'title', 'subtitle', 'chart', 'table', 'notes', 'source', 'actions']) {
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).not.toBeNull();
    }
  });
});

describe('locale fallback chain', () => {
  it('uses its own lang, else the nearest ancestor, else the document, else English', async () => {
    document.documentElement.lang = 'zh-CN';
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <trade-ranking eager id="own" lang="en"></trade-ranking>
      <section lang="en-GB"><trade-ranking eager id="ancestor"></trade-ranking></section>
      <trade-ranking eager id="document"></trade-ranking>
      <trade-ranking eager id="unsupported" lang="fr"></trade-ranking>
    </div>`);
    const title = (id: string) => partText(wrapper.querySelector(`#${id}`)!, 'title');
    await settle(wrapper.querySelector('trade-ranking') as TradeRanking);
    expect(title('own')).toBe('Anhui joins the trillion-yuan club');
    expect(title('ancestor')).toBe('Anhui joins the trillion-yuan club');
    expect(title('document')).toBe('安徽跻身外贸"万亿俱乐部"');
    expect(title('unsupported')).toBe('Anhui joins the trillion-yuan club');
  });

  it('follows a change of the document language', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`);
    expect(el.chart!.data.labels![0]).toBe('Guangdong');
    document.documentElement.lang = 'zh-CN';
    await frames();
    await settle(el);
    expect(el.chart!.data.labels![0]).toBe('广东');
  });
});

describe('frame', () => {
  it('lets attributes and slots replace each piece of text', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager heading="My title" subtitle="My subtitle" source-line="My source" notes="My note" byline="Chart: The Ledger"></trade-ranking>`);
    expect(partText(el, 'title')).toBe('My title');
    expect(partText(el, 'subtitle')).toBe('My subtitle');
    expect(partText(el, 'source')).toBe('Source: My source');
    expect(partText(el, 'notes')).toBe('My note');
    expect(partText(el, 'byline')).toBe('Chart: The Ledger');
    const slotted = await mount<TradeRanking>(html`<trade-ranking eager><span slot="heading">Slotted title</span></trade-ranking>`);
    const slot = slotted.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
    expect(slot.assignedElements()[0].textContent).toBe('Slotted title');
  });
});

describe('motion and print', () => {
  it('animates the first draw only, and not at all under reduced motion', async () => {
    const animated = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`);
    expect(animated.chartController.animatedFirstDraw).toBe(true);
    expect(animated.chart!.options.animation).toBe(false);
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    const still = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`);
    expect(still.chartController.animatedFirstDraw).toBe(false);
  });

  it('prints a hi-res snapshot of the chart instead of the canvas', async () => {
    const el = await mount<TradeRanking>(html`<trade-ranking eager></trade-ranking>`, 600);
    await commands.emulateMedia({ media: 'print' });
    await frames();
    const image = el.shadowRoot!.querySelector<HTMLImageElement>('.print-image')!;
    expect(image.src.startsWith('data:image/png')).toBe(true);
    await image.decode();
    expect(image.naturalWidth).toBe(el.chart!.width * 3);
    expect(getComputedStyle(image).display).toBe('block');
    expect(getComputedStyle(el.chart!.canvas).display).toBe('none');
  });

  it('prints the charts a reader never scrolled near: lazy widgets draw for print', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 600px"><div style="height: 4000px"></div><trade-ranking></trade-ranking></div>`);
    const lazy = page.querySelector<TradeRanking>('trade-ranking')!;
    await settle(lazy);
    expect(lazy.chart).toBeUndefined();
    await commands.emulateMedia({ media: 'print' });
    await frames();
    expect(lazy.chart?.data.labels).toEqual(['Guangdong', 'Anhui', 'Henan', 'Hubei']);
    const image = lazy.shadowRoot!.querySelector<HTMLImageElement>('.print-image')!;
    expect(image.src.startsWith('data:image/png')).toBe(true);
    await image.decode();
    expect(image.naturalWidth).toBe(lazy.chart!.width * 3);
  });
});
