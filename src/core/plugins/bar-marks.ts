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
  if (!spec.reference) return;
  const scale = chart.scales[horizontal ? 'x' : 'y'];
  if (!scale) return;
  const { left, right, top, bottom } = chart.chartArea;
  const at = scale.getPixelForValue(spec.reference.value);
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

function drawValueLabel(ctx: CanvasRenderingContext2D, bar: BarGeometry, text: string, spec: BarMarksSpec, bold: boolean, tail: number): void {
  ctx.save();
  ctx.fillStyle = spec.palette.text;
  ctx.font = `${bold ? '700' : '400'} ${spec.font.size}px ${spec.font.family}`;
  if (bar.horizontal) {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, bar.x + 6 + tail, bar.y);
  } else {
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillText(text, bar.x, bar.y - 4 - tail);
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
      drawReference(ctx, chart, spec, horizontal);
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
          if (label) drawValueLabel(ctx, bar, label, spec, spec.highlighted?.(point) ?? false, flags.lowerBound ? LOWER_BOUND_TAIL + 10 : 0);
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
