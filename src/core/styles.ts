import { css, unsafeCSS, type CSSResultGroup } from 'lit';
import { boxDeclarations, sizerDeclarations, WIDGET_BOXES } from './layout.js';

/** The dark preset, shared by `theme="dark"` and `theme="auto"` on a dark system. */
const darkTokens = css`
  --_background: var(--trade-background, #15191f);
  --_text: var(--trade-text, #eef1f4);
  --_muted: var(--trade-muted, #b3bcc6);
  --_grid: var(--trade-grid, #39414b);
  --_bar: var(--trade-bar, #8ba7c7);
  --_highlight: var(--trade-highlight, #ff9e5e);
  --_reference: var(--trade-reference, #f2f4f7);
  --_focus: var(--trade-focus, #8ab4f8);
  --_hatch: var(--trade-hatch, #15191f);
  --_series-1: var(--trade-series-1, #4da3ff);
  --_series-2: var(--trade-series-2, #ffa64d);
  --_series-3: var(--trade-series-3, #33cc99);
  --_series-4: var(--trade-series-4, #e0e0e0);
`;

/**
 * More contrast (`prefers-contrast: more`): secondary text nearly as dark (or light) as the main text,
 * over 7:1 (WCAG AAA), and grid lines and button borders that read as lines. A `--trade-*` value set
 * by the page still wins.
 */
const moreContrastLight = css`
  --_muted: var(--trade-muted, #2e353d);
  --_grid: var(--trade-grid, #7b8591);
`;
const moreContrastDark = css`
  --_muted: var(--trade-muted, #dde3ea);
  --_grid: var(--trade-grid, #7d8794);
`;

/**
 * Shared widget styles. Public `--trade-*` custom properties are read once into private `--_*`
 * ones (the Material Web habit): defaults live here only, and the canvas reads the private names.
 */
export const widgetStyles = css`
  :host {
    --_background: var(--trade-background, #ffffff);
    --_text: var(--trade-text, inherit);
    --_muted: var(--trade-muted, #545d68);
    --_grid: var(--trade-grid, #dde1e6);
    --_bar: var(--trade-bar, #5d7592);
    --_highlight: var(--trade-highlight, #b0420a);
    --_reference: var(--trade-reference, #1f2933);
    --_focus: var(--trade-focus, #0b57d0);
    --_hatch: var(--trade-hatch, #ffffff);
    --_series-1: var(--trade-series-1, #0a62a3);
    --_series-2: var(--trade-series-2, #c2410c);
    --_series-3: var(--trade-series-3, #2e8540);
    --_series-4: var(--trade-series-4, #6f42c1);
    --_font: var(--trade-font, inherit);
    --_radius: var(--trade-radius, 4px);
    position: relative;
    overflow: hidden;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_background);
    line-height: 1.35;
    text-align: start;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  @media (prefers-contrast: more) and (forced-colors: none) {
    :host {
      ${moreContrastLight}
    }
    :host([theme='dark']) {
      ${moreContrastDark}
    }
  }
  @media (prefers-contrast: more) and (forced-colors: none) and (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${moreContrastDark}
    }
  }
  @media (forced-colors: active) {
    :host {
      --_background: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_grid: GrayText;
      --_bar: CanvasText;
      --_highlight: Highlight;
      --_reference: CanvasText;
      --_focus: Highlight;
      --_hatch: Canvas;
      --_series-1: CanvasText;
      --_series-2: Highlight;
      --_series-3: LinkText;
      --_series-4: GrayText;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    container-type: inline-size;
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: var(--trade-padding, 12px 4px);
    gap: 6px;
  }
  .title {
    margin: 0;
    font-size: var(--trade-title-size, 1.15em);
    font-weight: 700;
    line-height: 1.25;
  }
  .subtitle {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .body {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
  }
  .canvas-box {
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .canvas-box:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  canvas {
    display: block;
  }
  .print-image {
    display: none;
  }
  .table-view {
    position: absolute;
    inset: 0;
    overflow: auto;
  }
  .table-view:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  /* The title is just above: the caption stays for screen readers only. */
  .table-view caption {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 2px 12px;
    color: var(--_muted);
    font-size: 0.8em;
  }
  footer p {
    margin: 0;
  }
  .notes {
    flex-basis: 100%;
  }
  .actions {
    display: flex;
    gap: 4px;
    flex-wrap: wrap;
  }
  button {
    font: inherit;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 2px 8px;
    min-height: 24px;
    min-width: 24px;
    cursor: pointer;
  }
  button .short {
    display: none;
  }
  @container (max-width: 420px) {
    button .long {
      display: none;
    }
    button .short {
      display: inline;
    }
  }
  button:hover {
    background: color-mix(in srgb, var(--_muted) 15%, transparent);
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  th,
  td {
    padding: 4px 6px;
    border-bottom: 1px solid var(--_grid);
    text-align: start;
    vertical-align: top;
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* A value or a region name stays whole ("1.01万亿元", "广东"); the note and source columns wrap. */
  td.number {
    white-space: nowrap;
  }
  th[scope='row'] {
    word-break: keep-all;
  }
  td.source {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .error {
    position: absolute;
    inset: 0;
    overflow: auto;
    padding: 12px;
    border: 2px solid var(--_highlight);
    border-radius: var(--_radius);
  }
  .error p,
  .error ul {
    margin: 0 0 6px;
  }
  .warning {
    color: var(--_text);
  }
  .loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .probe {
    display: none;
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    /* Chart.js sets display:block inline on the canvas. */
    .canvas-box canvas {
      display: none !important;
    }
    .print-image {
      display: block;
      width: 100%;
      height: 100%;
      object-fit: contain;
      object-position: left top;
    }
    .actions {
      display: none;
    }
  }
`;

/** The shared styles plus the host box of one tag (from `layout.ts`, same as the pre-upgrade CSS). */
export function stylesFor(tag: string): CSSResultGroup {
  const box = WIDGET_BOXES[tag];
  return [widgetStyles, unsafeCSS(`:host{${boxDeclarations(box)}}:host::before{${sizerDeclarations(box)}}:host([hidden]){display:none}`)];
}
