import type { ChartBuild, ChartContext } from '../../core/chart-options.js';
import { barOptions, measureText, rowBarChart } from '../../core/chart-options.js';
import { formatRowValue, formatYuan, formatYuanShort, formatYuanTick } from '../../core/format.js';
import type { WidgetView } from '../../core/widget-element.js';
import type { Row } from '../../core/types.js';

/** Highest first; ties keep their input order. */
export function rankRegions(rows: Row[]): Row[] {
  return [...rows].sort((a, b) => b.value - a.value);
}

/** A bar's end label: full words in a wide column, short units in a narrow one. */
export function rankingLabel(row: Row, view: WidgetView, compact: boolean): string {
  if (!compact) return formatRowValue(row, 'yuan', view.locale);
  const short = formatYuanShort(row.value, view.locale);
  return row.lowerBound ? `> ${short}` : row.approximate ? `~${short}` : short;
}

/** The ranking as a horizontal bar chart with the threshold line and direct value labels. */
export function rankingChart(view: WidgetView, context: ChartContext, threshold: number | undefined): ChartBuild {
  const { font, compact } = context;
  const labels = view.rows.map((row) => rankingLabel(row, view, compact));
  const widest = Math.max(...labels.map((label) => measureText(label, font, true)));
  const thresholdText = compact ? formatYuanShort(threshold ?? 0, view.locale) : formatYuan(threshold ?? 0, view.locale);
  const reference = threshold ? { value: threshold, label: view.t.ranking.threshold(thresholdText) } : undefined;
  const options = barOptions(context, {
    horizontal: true,
    formatTick: (value) => formatYuanTick(value, view.locale),
    // Room for the label and, on a lower bound, its arrow.
    endPadding: widest + 12 + (view.rows.some((row) => row.lowerBound) ? 28 : 0),
    topPadding: reference ? font.size + 10 : 4,
    boldCategory: (index) => view.rows[index]?.key === view.highlight,
  });
  return rowBarChart(view, context, options, { valueLabels: labels, reference });
}
