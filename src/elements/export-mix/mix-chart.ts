import type { ChartBuild, ChartContext } from '../../core/chart-options.js';
import { barChart, barOptions, measureText, rowBarChart } from '../../core/chart-options.js';
import { formatPercent, formatRowValue, formatYuanShort, formatYuanTick } from '../../core/format.js';
import type { WidgetView } from '../../core/widget-element.js';
import type { Row } from '../../core/types.js';
import type { Palette } from '../../core/theme.js';
import { legendLayout, type BarMarksSpec, type LegendItem } from '../../core/plugins/bar-marks.js';
import { sharesOf } from './mix-math.js';

/** A value in words, or in short units in a narrow column. */
export function amountLabel(row: Row, view: WidgetView, compact: boolean): string {
  if (!compact) return formatRowValue(row, 'yuan', view.locale);
  const short = formatYuanShort(row.value, view.locale);
  return row.lowerBound ? `> ${short}` : row.approximate ? `~${short}` : short;
}

/** Segment colours: the palette's series, then the bar and muted colours for a fifth and sixth part. */
export function segmentColors(count: number, palette: Palette): string[] {
  const colors = [...palette.series, palette.bar, palette.muted];
  return Array.from({ length: count }, (_, index) => colors[index % colors.length]);
}

/** An annotation line across the stacked bar (the lower-bound share of mechanical and electrical goods). */
export interface ShareMark {
  /** Percent of the whole. */
  value: number;
  /** Long and short labels: the chart uses the longest that fits left of the line. */
  labels: string[];
}

/**
 * `new-three`: the parts of one whole as ONE horizontal 100% bar, one dataset per part (series colours,
 * derived parts hatched), named in a key above it. `mark` is drawn as a line, never as a part.
 */
export function segmentsChart(view: WidgetView, context: ChartContext, barLabel: string, mark: ShareMark | undefined): ChartBuild {
  const { palette, font, compact } = context;
  const { rows, locale } = view;
  const shares = sharesOf(rows.map((row) => row.value));
  const colors = segmentColors(rows.length, palette);
  const shareText = (index: number) => formatPercent(shares[index], locale);
  const legend: LegendItem[] = rows.map((row, index) => ({
    label: view.t.exportMix.segment(row.name, amountLabel(row, view, compact), shareText(index)),
    color: colors[index],
    flags: row,
  }));
  const legendHeight = legendLayout(legend, context.width, font, (text) => measureText(text, font)).height;
  // The line's label is right-aligned at the line when it sits right of centre: use the longest label that fits.
  const room = (context.width * (mark?.value ?? 0)) / 100 - 8;
  const markLabel = mark ? (mark.labels.find((label) => measureText(label, { ...font, size: font.size - 1 }, true) <= room) ?? mark.labels[mark.labels.length - 1]) : '';
  const options = barOptions(context, {
    horizontal: true,
    stacked: true,
    min: 0,
    max: 100,
    formatTick: (value) => formatPercent(value, locale),
    endPadding: 8,
    topPadding: legendHeight + (mark ? font.size + 12 : 8),
  });
  // One bar: its name is in the subtitle, so the category axis gives its width to the bar.
  (options.scales!.y as { ticks: Record<string, unknown> }).ticks.display = false;
  const data = {
    labels: [barLabel],
    datasets: rows.map((row, index) => ({
      label: row.name,
      data: [shares[index]],
      backgroundColor: colors[index],
      // A thin gap in the background colour keeps neighbouring parts apart in greyscale too.
      borderColor: palette.background,
      borderWidth: { right: index < rows.length - 1 ? 2 : 0 },
      borderSkipped: false,
      barPercentage: 1,
      categoryPercentage: 0.9,
      maxBarThickness: 88,
    })),
  };
  const marks: BarMarksSpec = {
    palette,
    font,
    legend,
    reference: mark ? { value: mark.value, label: markLabel } : undefined,
    flags: ({ datasetIndex }) => rows[datasetIndex],
    highlighted: ({ datasetIndex }) => rows[datasetIndex]?.key === view.highlight,
    focus: context.focus,
  };
  return { config: barChart(data, options), marks, points: rows.map((_, datasetIndex) => ({ datasetIndex, index: 0 })) };
}

/** `balance`: exports and imports as two horizontal bars with their values at the ends. */
export function balanceChart(view: WidgetView, context: ChartContext): ChartBuild {
  const { font, compact } = context;
  const labels = view.rows.map((row) => amountLabel(row, view, compact));
  const widest = Math.max(...labels.map((label) => measureText(label, font, true)));
  const options = barOptions(context, {
    horizontal: true,
    formatTick: (value) => formatYuanTick(value, view.locale),
    endPadding: widest + 12 + (view.rows.some((row) => row.lowerBound) ? 28 : 0),
    boldCategory: (index) => view.rows[index]?.key === view.highlight,
  });
  return rowBarChart(view, context, options, { valueLabels: labels, maxBarThickness: 72 });
}
