import type { ChartBuild, ChartContext } from '../../core/chart-options.js';
import { barChart, barColors, barOptions, measureText, rowBarChart } from '../../core/chart-options.js';
import { formatPercent, formatRowValue, formatYuanShort, formatYuanTick } from '../../core/format.js';
import type { WidgetView } from '../../core/widget-element.js';
import type { Row } from '../../core/types.js';
import type { BarMarksSpec } from '../../core/plugins/bar-marks.js';
import { roomBelow, type TimeAxis } from './growth-math.js';

/** A growth rate's end label: "+17.3%", with its honest-data qualifier. */
export function rateLabel(row: Row, view: WidgetView): string {
  return formatRowValue(row, 'growth', view.locale);
}

/** A total's label above its bar: full words in a wide column, short units in a narrow one. */
export function totalLabel(row: Row, view: WidgetView, compact: boolean): string {
  if (!compact) return formatRowValue(row, 'yuan', view.locale);
  const short = formatYuanShort(row.value, view.locale);
  return row.lowerBound ? `> ${short}` : row.approximate ? `~${short}` : short;
}

/** `rates`: horizontal bars of year-on-year growth, labelled at their ends, with a reference line (the national rate). */
export function ratesChart(view: WidgetView, context: ChartContext, reference: { value: number; label: string } | undefined): ChartBuild {
  const { font } = context;
  const labels = view.rows.map((row) => rateLabel(row, view));
  const widest = Math.max(...labels.map((label) => measureText(label, font, true)));
  const values = view.rows.map((row) => row.value);
  const options = barOptions(context, {
    horizontal: true,
    formatTick: (value) => formatPercent(value, view.locale),
    endPadding: widest + 12 + (view.rows.some((row) => row.lowerBound) ? 28 : 0),
    topPadding: reference ? font.size + 10 : 4,
    boldCategory: (index) => view.rows[index]?.key === view.highlight,
  });
  // The reference line stays on the scale; a fall gets room for its label left of the bar.
  const categoryWidth = Math.max(...view.rows.map((row) => measureText(row.name, font, true)));
  const withReference = reference ? [...values, reference.value] : values;
  const scale = options.scales!.x as Record<string, unknown>;
  scale.suggestedMax = Math.max(0, ...withReference);
  scale.suggestedMin = roomBelow(withReference, widest + 12, context.width - categoryWidth - widest - 24) ?? 0;
  return rowBarChart(view, context, options, { valueLabels: labels, values, reference, maxBarThickness: 72 });
}

/**
 * `climb`: totals as vertical bars on a year axis. Years without a figure stay empty categories
 * (null data, labelled n/a): nothing is interpolated.
 */
export function climbChart(view: WidgetView, context: ChartContext, axis: TimeAxis): ChartBuild {
  const { palette, font, compact } = context;
  const t = view.t.growth;
  const rowAt = new Map(axis.slots.map((slot, index) => [slot, index]));
  const row = (slot: number): Row | undefined => view.rows[rowAt.get(slot) ?? -1];
  // Labels must fit their slot: full words, else short units, else only the ends (and the highlight) are labelled.
  const slotWidth = (context.width - 60) / Math.max(axis.categories.length, 1);
  const widestOf = (texts: string[]) => Math.max(...texts.map((text) => measureText(text, font, true)));
  let labels = view.rows.map((r) => totalLabel(r, view, compact));
  if (!compact && widestOf(labels) > slotWidth - 4) labels = view.rows.map((r) => totalLabel(r, view, true));
  const widest = widestOf(labels);
  const crowded = widest > slotWidth - 4 && view.rows.length > 2;
  const labelled = (index: number) => !crowded || index === 0 || index === view.rows.length - 1 || view.rows[index].key === view.highlight;
  const values = axis.categories.map((_, slot) => row(slot)?.value ?? null);
  const colors = barColors(view, palette);
  const top = font.size + 10 + (view.rows.some((r) => r.lowerBound) ? 28 : 0);
  const options = barOptions(context, {
    horizontal: false,
    formatTick: (value) => formatYuanTick(value, view.locale),
    topPadding: top,
    boldCategory: (slot) => view.highlight !== undefined && row(slot)?.key === view.highlight,
  });
  // The last bar's label is centred on it: keep it inside the canvas.
  options.layout = { padding: { top, right: Math.max(4, widest / 2 - slotWidth / 2 + 6), bottom: 0, left: 0 } };
  const ticks = (options.scales!.x as { ticks: Record<string, unknown> }).ticks;
  ticks.color = (tick: { index: number }) => (row(tick.index) ? palette.text : palette.muted);
  // Years read level; a tilted year axis in a phone column is harder to read than a tight one.
  ticks.maxRotation = 0;
  const data = {
    // An empty year says so under its label; a phone column leaves it blank (the note names the years).
    labels: axis.categories.map((category, slot) => (row(slot) || !axis.years ? category : compact ? '' : [category, t.noFigure])),
    datasets: [
      {
        data: values,
        backgroundColor: axis.categories.map((_, slot) => colors[rowAt.get(slot) ?? 0] ?? palette.bar),
        borderRadius: 2,
        barPercentage: 0.8,
        categoryPercentage: 0.9,
        maxBarThickness: 96,
      },
    ],
  };
  const marks: BarMarksSpec = {
    palette,
    font,
    valueLabel: ({ index }) => {
      const at = rowAt.get(index);
      return at !== undefined && labelled(at) ? labels[at] : undefined;
    },
    flags: ({ index }) => row(index),
    highlighted: ({ index }) => view.highlight !== undefined && row(index)?.key === view.highlight,
    focus: context.focus,
  };
  return { config: barChart(data, options), marks, points: axis.slots.map((slot) => ({ datasetIndex: 0, index: slot })) };
}
