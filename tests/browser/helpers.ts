import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Chart } from 'chart.js';
import type { TradeChartWidget } from '../../src/core/chart-widget.js';
import type { TradeWidget } from '../../src/core/widget-element.js';

/** Mounts a widget in a column of `width` px and waits until it has drawn (or settled on an error). */
export async function mount<T extends TradeWidget>(template: TemplateResult, width = 640): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const element = wrapper.firstElementChild as T;
  await element.updateComplete;
  await settle(element);
  return element;
}

/** Waits for pending renders: observers fire after layout, so a few frames may pass. */
export async function settle(element: TradeWidget, frames = 4): Promise<void> {
  for (let i = 0; i < frames; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await element.updateComplete;
  }
}

/** Resolves when `trade-ready` fires (or immediately if the chart exists and nothing is pending). */
export function ready(element: TradeChartWidget, timeout = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('trade-ready did not fire')), timeout);
    element.addEventListener('trade-ready', () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}

/** The text a reader sees in a part of the shadow DOM. */
export function partText(element: Element, part: string): string {
  return element.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Runs `body` with console.warn captured. */
export async function captureWarnings(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); };
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * True when a dashed reference line crosses the plot at `value` of the value axis `axis`: a pixel check
 * (opaque dark pixels along the line), not a look at the configuration.
 */
export function referenceDrawnAt(chart: Chart, value: number, axis: 'x' | 'y' = 'x'): boolean {
  const ratio = chart.currentDevicePixelRatio;
  // The 2 px line spans ±1 px around its position: the pixel row/column starting at floor() lies inside it.
  const at = Math.floor(chart.scales[axis].getPixelForValue(value) * ratio);
  const { top, bottom, left, right } = chart.chartArea;
  const [from, to] = axis === 'x' ? [top, bottom] : [left, right];
  let dark = 0;
  let total = 0;
  for (let along = Math.ceil(from * ratio) + 2; along < Math.floor(to * ratio) - 2; along++) {
    const [r, g, b, a] = chart.ctx.getImageData(axis === 'x' ? at : along, axis === 'x' ? along : at, 1, 1).data;
    total++;
    // Where nothing is drawn the canvas is transparent: only opaque dark pixels count.
    if (a > 200 && r < 80 && g < 80 && b < 90) dark++;
  }
  return dark > total * 0.3;
}
