import type { ChartBuild, ChartContext } from '../../core/chart-options.js';
import { barChart, barColors, barOptions, measureText } from '../../core/chart-options.js';
import { formatPercent, formatRowValue } from '../../core/format.js';
import type { WidgetView } from '../../core/widget-element.js';
import type { Locale } from '../../core/types.js';
import type { BarMarksSpec } from '../../core/plugins/bar-marks.js';
import { SHARE_MAX } from './partners-data.js';

const OPENING = /^[“‘（(《〈「『[]+$/u;
const CLOSING = /^[\s”’）)》〉」』\]，、。；：！？,.;:!?]+$/u;

/** The pieces a label may break between: words; in Chinese the segmenter's words, punctuation kept with its word. */
export function labelPieces(text: string, locale: Locale): string[] {
  // Between words, but never inside a parenthesis: "(incl. ASEAN)" stays on one line.
  if (locale !== 'zh-CN' || typeof Intl.Segmenter !== 'function') return text.split(/(?<=\s)(?![^(]*\))/);
  const pieces: string[] = [];
  let opening = '';
  for (const { segment } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    if (OPENING.test(segment)) opening += segment;
    else if (CLOSING.test(segment) && pieces.length && !opening) pieces[pieces.length - 1] += segment;
    else {
      pieces.push(opening + segment);
      opening = '';
    }
  }
  if (opening) pieces.push(opening);
  return pieces;
}

/** A category label in lines no wider than `maxWidth` (Chart.js draws an array as several lines). */
export function wrapLabel(text: string, maxWidth: number, measure: (text: string) => number, locale: Locale): string | string[] {
  if (measure(text) <= maxWidth) return text;
  const lines: string[] = [];
  let line = '';
  for (const piece of labelPieces(text, locale)) {
    const candidate = line + piece;
    if (line && measure(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trim());
      line = piece.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines.length > 1 ? lines : text;
}

/**
 * Each row as a horizontal bar on its own 0–100% track (a pale full-width bar behind it), so every
 * share reads against the whole and no two are ever stacked or summed. Value labels at the bar ends.
 */
export function partnersChart(view: WidgetView, context: ChartContext): ChartBuild {
  const { palette, font, compact, width } = context;
  const values = view.rows.map((row) => formatRowValue(row, 'percent', view.locale));
  const widest = Math.max(...values.map((label) => measureText(label, font, true)));
  const labelWidth = Math.max(90, Math.round(width * (compact ? 0.36 : 0.3)));
  const options = barOptions(context, {
    horizontal: true,
    min: 0,
    max: SHARE_MAX,
    formatTick: (value) => formatPercent(value, view.locale, false, 0),
    endPadding: widest + 12,
    boldCategory: (index) => view.rows[index]?.key === view.highlight,
  });
  const scales = options.scales as Record<string, { ticks?: Record<string, unknown> }>;
  scales.x.ticks = { ...scales.x.ticks, stepSize: compact ? 50 : 25 };
  // The track is background: the pointer answers for the share bar of the row under it.
  options.interaction = { mode: 'index', axis: 'y', intersect: false };
  const bar = { grouped: false, borderRadius: 2, barPercentage: 0.72, categoryPercentage: 0.9 };
  const data = {
    labels: view.rows.map((row) => wrapLabel(row.name, labelWidth, (text) => measureText(text, font, true), view.locale)),
    datasets: [
      { ...bar, order: 0, data: view.rows.map((row) => row.value), backgroundColor: barColors(view, palette) },
      {
        ...bar,
        order: 1,
        data: view.rows.map(() => SHARE_MAX),
        backgroundColor: palette.grid,
        hoverBackgroundColor: palette.grid,
      },
    ],
  };
  const marks: BarMarksSpec = {
    palette,
    font,
    valueLabel: ({ datasetIndex, index }) => (datasetIndex === 0 ? values[index] : undefined),
    flags: ({ datasetIndex, index }) => (datasetIndex === 0 ? view.rows[index] : undefined),
    highlighted: ({ datasetIndex, index }) => datasetIndex === 0 && view.rows[index]?.key === view.highlight,
    focus: context.focus,
  };
  return { config: barChart(data, options), marks, points: view.rows.map((_, index) => ({ datasetIndex: 0, index })) };
}
