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

/**
 * Reads the palette from the host's computed style, so `--trade-*` properties drive the canvas too.
 * Each value is resolved to rgb() through `probe` (a hidden element in the shadow root), so any CSS
 * colour works, system colours of forced-colours mode included, which a canvas would not understand.
 */
export function readPalette(host: Element, probe: HTMLElement): Palette {
  const style = getComputedStyle(host);
  const probeStyle = getComputedStyle(probe);
  const read = (name: string) => {
    probe.style.color = style.getPropertyValue(name).trim() || 'currentColor';
    return probeStyle.color;
  };
  return {
    text: style.color,
    muted: read('--_muted'),
    grid: read('--_grid'),
    background: read('--_background'),
    bar: read('--_bar'),
    highlight: read('--_highlight'),
    reference: read('--_reference'),
    focus: read('--_focus'),
    hatch: read('--_hatch'),
    series: [1, 2, 3, 4].map((n) => read(`--_series-${n}`)),
  };
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
