/** Colours the canvas needs, read from the widget's CSS custom properties (see `styles.ts`). */
export interface Palette {
  text: string;
  muted: string;
  grid: string;
  background: string;
  bar: string;
  highlight: string;
  reference: string;
  focus: string;
  hatch: string;
  series: string[];
}

const PALETTE_TOKENS = ['muted', 'grid', 'background', 'bar', 'highlight', 'reference', 'focus', 'hatch', 'series-1', 'series-2', 'series-3', 'series-4'];

/**
 * Reads the palette from the host's computed style, so `--trade-*` properties drive the canvas too.
 * Each value is resolved to rgb() through a child of `probe` (hidden, in the shadow root), so any CSS
 * colour works, system colours of forced-colours mode included, which a canvas would not understand.
 * All probes are written before any is read: one style recalculation, not one per colour.
 */
export function readPalette(host: Element, probe: HTMLElement): Palette {
  const style = getComputedStyle(host);
  while (probe.children.length < PALETTE_TOKENS.length) probe.append(document.createElement('i'));
  const probes = [...probe.children] as HTMLElement[];
  PALETTE_TOKENS.forEach((token, i) => {
    probes[i].style.color = style.getPropertyValue(`--_${token}`).trim() || 'currentColor';
  });
  const [muted, grid, background, bar, highlight, reference, focus, hatch, ...series] = probes
    .slice(0, PALETTE_TOKENS.length)
    .map((element) => getComputedStyle(element).color);
  return { text: style.color, muted, grid, background, bar, highlight, reference, focus, hatch, series };
}

/** The host's resolved font, for the canvas: family, size and weight as the page styles the widget. */
export interface ChartFont {
  family: string;
  size: number;
}

export function readFont(host: Element): ChartFont {
  const style = getComputedStyle(host);
  const size = Number.parseFloat(style.getPropertyValue('--_chart-font-size')) || Number.parseFloat(style.fontSize) || 14;
  return { family: style.fontFamily, size: Math.max(11, Math.min(size, 18)) };
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
