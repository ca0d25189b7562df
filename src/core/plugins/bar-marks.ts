import type { Chart, Plugin } from 'chart.js';
import type { DataFlags } from '../types.js';
import type { ChartFont, Palette } from '../theme.js';

export interface PointRef {
  datasetIndex: number;
  index: number;
}

/** Everything the marks plugin draws on top of the bars; built per chart by the element. */
export interface BarMarksSpec {
  palette: Palette;
  font: ChartFont;
  /** Text at the end of a bar ("1.01 trillion yuan"); undefined draws none. */
  valueLabel?: (point: PointRef) => string | undefined;
  flags?: (point: PointRef) => DataFlags | undefined;
  highlighted?: (point: PointRef) => boolean;
  /** A reference line across the value axis: the 1-trillion threshold, the national growth rate. */
  reference?: { value: number; label: string };
  /** The keyboard-focused point, read at each draw. */
  focus?: () => PointRef | null;
  /** A key across the top of the canvas, for series that need names (a stacked bar's segments); reserve `legendLayout().height` as top padding. */
  legend?: LegendItem[];
}

/** One entry of a chart's key: swatch colour, text, and flags (a derived or partial series' swatch is hatched like its bar). */
export interface LegendItem {
  label: string;
  color: string;
  flags?: DataFlags;
}

const SWATCH = 12;
const LEGEND_GAP = 16;

/** Where the key's items go, left to right, wrapping at `width`: the element reserves `height`, the plugin draws `items`. */
export function legendLayout(items: LegendItem[], width: number, font: ChartFont, measure: (text: string) => number) {
  const lineHeight = Math.round(font.size * 1.5);
  let x = 0;
  let y = 0;
  const placed = items.map((item) => {
    const itemWidth = SWATCH + 6 + measure(item.label);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += lineHeight;
    }
    const at = { item, x, y, lineHeight };
    x += itemWidth + LEGEND_GAP;
    return at;
  });
  return { items: placed, height: items.length ? y + lineHeight : 0 };
}

interface BarGeometry {
  x: number;
  y: number;
  base: number;
  width: number;
  height: number;
  horizontal: boolean;
}

const LOWER_BOUND_TAIL = 18;

function geometry(chart: Chart, point: PointRef): BarGeometry | undefined {
  const element = chart.getDatasetMeta(point.datasetIndex).data[point.index];
  if (!element) return undefined;
  return element.getProps(['x', 'y', 'base', 'width', 'height', 'horizontal'], true) as unknown as BarGeometry;
}

/** The bar's rectangle, whichever way it points. */
function barRect(bar: BarGeometry): { left: number; top: number; width: number; height: number } {
  return bar.horizontal
    ? { left: Math.min(bar.base, bar.x), top: bar.y - bar.height / 2, width: Math.abs(bar.x - bar.base), height: bar.height }
    : { left: bar.x - bar.width / 2, top: Math.min(bar.base, bar.y), width: bar.width, height: Math.abs(bar.y - bar.base) };
}

/** Lower bound: a dashed tail and an arrowhead past the bar's end, so it never reads as an exact value. */
function drawLowerBound(ctx: CanvasRenderingContext2D, bar: BarGeometry, color: string): void {
  const size = Math.min(bar.horizontal ? bar.height : bar.width, 14) / 2;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = 2;
  ctx.setLineDash([4, 3]);
  ctx.beginPath();
  if (bar.horizontal) {
    ctx.moveTo(bar.x, bar.y);
    ctx.lineTo(bar.x + LOWER_BOUND_TAIL, bar.y);
  } else {
    ctx.moveTo(bar.x, bar.y);
    ctx.lineTo(bar.x, bar.y - LOWER_BOUND_TAIL);
  }
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  if (bar.horizontal) {
    const tip = bar.x + LOWER_BOUND_TAIL + size;
    ctx.moveTo(tip, bar.y);
    ctx.lineTo(tip - size, bar.y - size);
    ctx.lineTo(tip - size, bar.y + size);
  } else {
    const tip = bar.y - LOWER_BOUND_TAIL - size;
    ctx.moveTo(bar.x, tip);
    ctx.lineTo(bar.x - size, tip + size);
    ctx.lineTo(bar.x + size, tip + size);
  }
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

/** Partial period or derived figure: diagonal hatching over the bar, visible in greyscale print too. */
function drawHatch(ctx: CanvasRenderingContext2D, bar: BarGeometry, color: string): void {
  const rect = barRect(bar);
  ctx.save();
  ctx.beginPath();
  ctx.rect(rect.left, rect.top, rect.width, rect.height);
  ctx.clip();
  ctx.strokeStyle = color;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  for (let offset = -rect.height; offset < rect.width; offset += 7) {
    ctx.moveTo(rect.left + offset, rect.top + rect.height);
    ctx.lineTo(rect.left + offset + rect.height, rect.top);
  }
  ctx.stroke();
  ctx.restore();
}

function drawReference(ctx: CanvasRenderingContext2D, chart: Chart, spec: BarMarksSpec, horizontal: boolean): void {
  const at = referencePixel(chart, spec, horizontal);
  if (!spec.reference || at === undefined) return;
  const { left, right, top, bottom } = chart.chartArea;
  ctx.save();
  ctx.strokeStyle = spec.palette.reference;
  ctx.fillStyle = spec.palette.reference;
  ctx.lineWidth = 2;
  ctx.setLineDash([6, 4]);
  ctx.beginPath();
  if (horizontal) {
    ctx.moveTo(at, top - 4);
    ctx.lineTo(at, bottom);
  } else {
    ctx.moveTo(left, at);
    ctx.lineTo(right, at);
  }
  ctx.stroke();
  ctx.font = `600 ${spec.font.size - 1}px ${spec.font.family}`;
  ctx.textBaseline = 'bottom';
  if (horizontal) {
    // Keep the label inside the canvas: right-align it when the line sits in the right half.
    ctx.textAlign = at > (left + right) / 2 ? 'right' : 'left';
    ctx.fillText(spec.reference.label, ctx.textAlign === 'right' ? at + 4 : at - 4, top - 6);
  } else {
    ctx.textAlign = 'right';
    ctx.fillText(spec.reference.label, right, at - 4);
  }
  ctx.restore();
}

/** Text with a halo in the background colour, so a reference line or grid line crossing it stays legible. */
function fillTextWithHalo(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, halo: string): void {
  ctx.save();
  ctx.strokeStyle = halo;
  ctx.lineWidth = 4;
  ctx.lineJoin = 'round';
  ctx.strokeText(text, x, y);
  ctx.restore();
  ctx.fillText(text, x, y);
}

/** The pixel where the reference line crosses the value axis, if the chart has one. */
function referencePixel(chart: Chart, spec: BarMarksSpec, horizontal: boolean): number | undefined {
  const scale = spec.reference && chart.scales[horizontal ? 'x' : 'y'];
  return scale ? scale.getPixelForValue(spec.reference!.value) : undefined;
}

interface LabelPlacement {
  x: number;
  y: number;
  align: CanvasTextAlign;
  baseline: CanvasTextBaseline;
  /** The text's box widened over the gap back to the bar: what a crossing reference line must not show through. */
  zone: { left: number; top: number; width: number; height: number };
}

/** Where a value label goes: past the bar's end (the other side for a negative bar), after any lower-bound tail. */
function placeLabel(bar: BarGeometry, width: number, height: number, tail: number): LabelPlacement {
  if (bar.horizontal) {
    const negative = bar.x < bar.base;
    const x = negative ? bar.x - 6 - tail : bar.x + 6 + tail;
    const left = negative ? x - width : x;
    return { x, y: bar.y, align: negative ? 'right' : 'left', baseline: 'middle', zone: { left: left - 5, top: bar.y - height / 2 - 1, width: width + 10, height: height + 2 } };
  }
  const negative = bar.y > bar.base;
  const y = negative ? bar.y + 4 + tail : bar.y - 4 - tail;
  const top = negative ? y : y - height;
  return { x: bar.x, y, align: 'center', baseline: negative ? 'top' : 'bottom', zone: { left: bar.x - width / 2 - 2, top: top - 3, width: width + 4, height: height + 6 } };
}

/**
 * A value label at the end of its bar. Where the reference line runs through the label or the gap
 * before it (Henan's 935.7 billion sits just short of the 1-trillion line), the line is interrupted
 * behind it by a patch of the background colour: a halo alone leaves a digit crossed out.
 */
function drawValueLabel(ctx: CanvasRenderingContext2D, bar: BarGeometry, text: string, spec: BarMarksSpec, bold: boolean, tail: number, reference?: number): void {
  ctx.save();
  ctx.font = `${bold ? '700' : '400'} ${spec.font.size}px ${spec.font.family}`;
  const place = placeLabel(bar, ctx.measureText(text).width, spec.font.size * 1.2, tail);
  const { zone } = place;
  const [from, to] = bar.horizontal ? [zone.left, zone.left + zone.width] : [zone.top, zone.top + zone.height];
  if (reference !== undefined && reference >= from - 1 && reference <= to + 1) {
    // Whole pixels: soft, half-transparent edges would show as a faint frame on a transparent canvas.
    const left = Math.floor(zone.left);
    const top = Math.floor(zone.top);
    ctx.fillStyle = spec.palette.hatch;
    ctx.fillRect(left, top, Math.ceil(zone.left + zone.width) - left, Math.ceil(zone.top + zone.height) - top);
  }
  ctx.textAlign = place.align;
  ctx.textBaseline = place.baseline;
  ctx.fillStyle = spec.palette.text;
  fillTextWithHalo(ctx, text, place.x, place.y, spec.palette.hatch);
  ctx.restore();
}

function drawLegend(ctx: CanvasRenderingContext2D, chart: Chart, spec: BarMarksSpec): void {
  if (!spec.legend?.length) return;
  ctx.save();
  ctx.font = `400 ${spec.font.size}px ${spec.font.family}`;
  const layout = legendLayout(spec.legend, chart.width, spec.font, (text) => ctx.measureText(text).width);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const { item, x, y, lineHeight } of layout.items) {
    const middle = y + lineHeight / 2;
    ctx.fillStyle = item.color;
    ctx.fillRect(x, middle - SWATCH / 2, SWATCH, SWATCH);
    if (item.flags?.derived || item.flags?.partial) {
      drawHatch(ctx, { x: x + SWATCH, y: middle, base: x, width: SWATCH, height: SWATCH, horizontal: true }, spec.palette.hatch);
    }
    ctx.fillStyle = spec.palette.text;
    ctx.fillText(item.label, x + SWATCH + 6, middle);
  }
  ctx.restore();
}

function drawFocus(ctx: CanvasRenderingContext2D, bar: BarGeometry, color: string): void {
  const rect = barRect(bar);
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = 3;
  ctx.strokeRect(rect.left - 4, rect.top - 4, rect.width + 8, rect.height + 8);
  ctx.restore();
}

/**
 * Our marks on top of Chart.js bars: reference line, value labels, honest-data marks (lower bound,
 * partial, derived), highlight and keyboard focus. Registered per chart, never globally; the chart
 * controller hands it the current spec at each draw, so one plugin instance serves the chart's life.
 */
export function barMarks(currentSpec: () => BarMarksSpec | undefined): Plugin<'bar'> {
  return {
    id: 'tradeBarMarks',
    afterDatasetsDraw(chart) {
      const spec = currentSpec();
      if (!spec) return;
      const ctx = chart.ctx;
      const horizontal = chart.options.indexAxis === 'y';
      drawLegend(ctx, chart, spec);
      drawReference(ctx, chart, spec, horizontal);
      const reference = referencePixel(chart, spec, horizontal);
      chart.data.datasets.forEach((dataset, datasetIndex) => {
        if (!chart.isDatasetVisible(datasetIndex)) return;
        dataset.data.forEach((value, index) => {
          if (value === null || value === undefined) return;
          const point = { datasetIndex, index };
          const bar = geometry(chart, point);
          if (!bar) return;
          const flags = spec.flags?.(point) ?? {};
          if (flags.partial || flags.derived) drawHatch(ctx, bar, spec.palette.hatch);
          if (flags.lowerBound) drawLowerBound(ctx, bar, spec.palette.text);
          const label = spec.valueLabel?.(point);
          if (label) drawValueLabel(ctx, bar, label, spec, spec.highlighted?.(point) ?? false, flags.lowerBound ? LOWER_BOUND_TAIL + 10 : 0, reference);
        });
      });
      const focus = spec.focus?.();
      if (focus) {
        const bar = geometry(chart, focus);
        if (bar) drawFocus(ctx, bar, spec.palette.focus);
      }
    },
  };
}
