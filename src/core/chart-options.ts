import type { ChartConfiguration, ChartOptions } from 'chart.js';
import type { ChartFont, Palette } from './theme.js';
import type { WidgetView } from './widget-element.js';
import type { BarMarksSpec, PointRef } from './plugins/bar-marks.js';

/** What an element needs, beyond the data, to build its chart configuration. */
export interface ChartContext {
  palette: Palette;
  font: ChartFont;
  /** Width of the chart area in CSS pixels. */
  width: number;
  /** Narrow column (phone): shorter labels, fewer ticks. */
  compact: boolean;
  focus: () => PointRef | null;
}

/** An element's chart: the Chart.js configuration, our marks on it, and for each row in `view.rows` the bar that draws it. */
export interface ChartBuild {
  config: ChartConfiguration<'bar'>;
  marks: BarMarksSpec;
  points: PointRef[];
}

export const COMPACT_WIDTH = 480;

let measureContext: CanvasRenderingContext2D | null | undefined;

/** Width of a text in a font, for making room for value labels beside the bars. */
export function measureText(text: string, font: ChartFont, bold = false): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * font.size * 0.6;
  measureContext.font = `${bold ? '700' : '400'} ${font.size}px ${font.family}`;
  return measureContext.measureText(text).width;
}

export interface BarOptionsSpec {
  horizontal: boolean;
  stacked?: boolean;
  formatTick: (value: number) => string;
  min?: number;
  max?: number;
  /** Room past the bars' ends for value labels, in pixels. */
  endPadding?: number;
  /** Room above the plot for a reference line's label. */
  topPadding?: number;
  /** Category labels drawn bold (the highlighted row). */
  boldCategory?: (index: number) => boolean;
}

/**
 * The options every bar chart shares: the page's font and colours, grid, ticks, padding. No tooltip:
 * every bar carries its value as a direct label, so a tooltip would repeat it (and cost 5.5 KB gzip).
 * Per chart, never through Chart.defaults.
 */
export function barOptions(ctx: ChartContext, spec: BarOptionsSpec): ChartOptions<'bar'> {
  const { palette, font } = ctx;
  const tickFont = { family: font.family, size: font.size };
  const categoryTicks = {
    color: palette.text,
    font: (context: { index: number }) => ({ ...tickFont, weight: spec.boldCategory?.(context.index) ? 700 : 400 }),
    autoSkip: false,
  };
  const valueScale = {
    beginAtZero: true,
    stacked: spec.stacked,
    min: spec.min,
    max: spec.max,
    grid: { color: palette.grid },
    border: { display: false },
    ticks: {
      color: palette.text,
      font: tickFont,
      maxTicksLimit: ctx.compact ? 4 : 7,
      callback: (value: number | string) => spec.formatTick(Number(value)),
    },
  };
  const categoryScale = { stacked: spec.stacked, grid: { display: false }, border: { color: palette.grid }, ticks: categoryTicks };
  return {
    indexAxis: spec.horizontal ? 'y' : 'x',
    maintainAspectRatio: false,
    font: tickFont,
    color: palette.text,
    layout: { padding: { top: spec.topPadding ?? 4, right: spec.horizontal ? spec.endPadding ?? 0 : 4, bottom: 0, left: 0 } },
    scales: spec.horizontal ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale },
  } as ChartOptions<'bar'>;
}

/** A bar chart's configuration (the controller attaches the marks plugin). */
export function barChart(data: ChartConfiguration<'bar'>['data'], options: ChartOptions<'bar'>): ChartConfiguration<'bar'> {
  return { type: 'bar', data, options };
}

/** A row's colour: the highlight, else the bar colour. */
export function barColors(view: WidgetView, palette: Palette): string[] {
  return view.rows.map((row) => (row.key === view.highlight ? palette.highlight : palette.bar));
}

export interface RowBarsSpec {
  /** The text at each bar's end, one per row. */
  valueLabels: string[];
  /** The bar values when they differ from `row.value` (e.g. clamped to an axis). */
  values?: (number | null)[];
  reference?: BarMarksSpec['reference'];
  maxBarThickness?: number;
}

/**
 * The common chart: one bar per row in row order, the highlighted row in the highlight colour,
 * direct value labels and the honest-data marks. Elements pass their options and labels.
 */
export function rowBarChart(view: WidgetView, context: ChartContext, options: ChartOptions<'bar'>, spec: RowBarsSpec): ChartBuild {
  const data = {
    labels: view.rows.map((row) => row.name),
    datasets: [
      {
        data: spec.values ?? view.rows.map((row) => row.value),
        backgroundColor: barColors(view, context.palette),
        borderRadius: 2,
        barPercentage: 0.8,
        categoryPercentage: 0.9,
        maxBarThickness: spec.maxBarThickness,
      },
    ],
  };
  const marks: BarMarksSpec = {
    palette: context.palette,
    font: context.font,
    reference: spec.reference,
    valueLabel: ({ index }) => spec.valueLabels[index],
    flags: ({ index }) => view.rows[index],
    highlighted: ({ index }) => view.rows[index]?.key === view.highlight,
    focus: context.focus,
  };
  return { config: barChart(data, options), marks, points: view.rows.map((_, index) => ({ datasetIndex: 0, index })) };
}
