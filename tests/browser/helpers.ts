import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
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
