import { property } from 'lit/decorators.js';
import { TradeChartWidget } from '../../core/chart-widget.js';
import type { ChartBuild, ChartContext } from '../../core/chart-options.js';
import type { FrameText, WidgetView } from '../../core/widget-element.js';
import type { Row, TradeDatum } from '../../core/types.js';
import type { RowRules } from '../../core/rows.js';
import { citations } from '../../core/figures.js';
import { messagesFor } from '../../core/i18n.js';
import { stylesFor } from '../../core/styles.js';
import { flagNotes, userSourceLine } from '../../core/notes.js';
import { formatPercent, formatRowValue, type ValueKind } from '../../core/format.js';
import { climbChart, rateLabel, ratesChart } from './growth-chart.js';
import { compoundAnnualGrowth, rankRates, rowYear, sortByYear, timeAxis, yearRanges } from './growth-math.js';
import { CLIMB_FIGURES, defaultClimbRows, defaultRateRows, NATIONAL_RATE, PARTIAL_RATES, RATE_FIGURES } from './growth-data.js';

/** The views of `<province-growth>`; the first is the default. */
export const GROWTH_VIEWS = ['rates', 'climb'] as const;
export type GrowthView = (typeof GROWTH_VIEWS)[number];

/**
 * How fast regions' foreign trade grew. `rates` (default): 2025 year-on-year growth of the regions
 * with a sourced rate (Anhui, Henan) against China's rate as a reference line. `climb`: Anhui's total
 * in 2020 and 2025 on a year axis, the years between left empty, with the derived average growth.
 *
 * @summary Growth rates against a reference line, or a total's climb over the years.
 * @tag province-growth
 */
export class ProvinceGrowth extends TradeChartWidget {
  static override styles = stylesFor('province-growth');

  /** `rates` (default): growth rates as horizontal bars; `climb`: totals on a year axis. */
  @property() view: GrowthView = 'rates';

  /**
   * The reference line of the `rates` view, in percent. Unset: China's 2025 rate with the bundled data,
   * none with your own; `0` or empty hides it.
   */
  @property({ type: Number }) reference?: number | null;

  /** The view drawn: `view` when known, else `rates` (an unknown value warns once). */
  protected get activeView(): GrowthView {
    return this.choice('view', this.view, GROWTH_VIEWS);
  }

  // Growth rates read "+17.3%", totals "1.01 trillion yuan": the kind follows the view.
  protected get valueKind(): ValueKind {
    return this.activeView === 'climb' ? 'yuan' : 'growth';
  }

  protected defaultRows(): TradeDatum[] {
    return this.activeView === 'climb' ? defaultClimbRows(this.locale, messagesFor(this.locale).growth.note2020) : defaultRateRows(this.locale);
  }

  protected override rowRules(): RowRules {
    return this.activeView === 'climb' ? { periodNames: true } : { allowNegative: true };
  }

  protected override arrange(rows: Row[]): Row[] {
    return this.activeView === 'climb' ? sortByYear(rows) : rankRates(rows);
  }

  protected override defaultHighlight(): string | undefined {
    return this.activeView === 'rates' ? 'anhui' : undefined;
  }

  /** The rates view's reference line, or undefined when there is none. */
  private referenceLine(view: WidgetView): { value: number; label: string } | undefined {
    if (this.activeView !== 'rates') return undefined;
    const t = view.t.growth;
    if (this.reference !== undefined && this.reference !== null) {
      const value = Number(this.reference);
      return Number.isFinite(value) && value !== 0 ? { value, label: t.referenceLine(formatPercent(value, view.locale, true)) } : undefined;
    }
    // China's 2025 rate belongs to the bundled figures; another dataset may be another year.
    if (!view.isDefault) return undefined;
    return { value: NATIONAL_RATE.value, label: t.nationalLine(formatPercent(NATIONAL_RATE.value, view.locale, true)) };
  }

  /** The compound average growth from the first to the last year (derived), when it can be computed honestly. */
  private averageGrowth(rows: Row[]): { from: number; to: number; rate: number } | undefined {
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!timeAxis(rows).years || !first || first === last || [first, last].some((row) => row.partial || row.lowerBound)) return undefined;
    const from = rowYear(first)!;
    const to = rowYear(last)!;
    const rate = compoundAnnualGrowth(first.value, last.value, to - from);
    return rate === undefined ? undefined : { from, to, rate };
  }

  /** The average growth as the subtitle says it, marked derived; empty without one. */
  private cagrText(view: WidgetView): string {
    const growth = this.averageGrowth(view.rows);
    return growth ? view.t.growth.cagr(String(growth.from), String(growth.to), formatPercent(growth.rate, view.locale, true)) : '';
  }

  /** The years with no figure, named: "2021–2024: not in the sources (n/a)."; empty without gaps. */
  private gapText(view: WidgetView): string {
    const gaps = timeAxis(view.rows).gaps;
    const t = view.t.growth;
    return gaps.length ? (view.isDefault ? t.gapNote : t.gapUserNote)(yearRanges(gaps, view.t.frame.listSeparator)) : '';
  }

  protected override chartSignature(): string {
    return `${this.activeView}|${this.referenceLine(this.currentView)?.value}`;
  }

  protected chartConfig(view: WidgetView, context: ChartContext): ChartBuild {
    return this.activeView === 'climb' ? climbChart(view, context, timeAxis(view.rows)) : ratesChart(view, context, this.referenceLine(view));
  }

  protected frameText(view: WidgetView): FrameText {
    const t = view.t.growth;
    const { locale } = view;
    if (this.activeView === 'climb') {
      const cagr = this.cagrText(view);
      const notes = [...flagNotes(view), this.gapText(view), cagr ? t.cagrNote : ''].filter(Boolean);
      if (!view.isDefault) return { title: t.climbUserTitle, subtitle: cagr, source: userSourceLine(view), notes };
      // The partial 2025 totals (January–August, December) stay off this axis and out of its notes.
      return { title: t.climbTitle, subtitle: cagr, source: citations(CLIMB_FIGURES, locale), notes };
    }
    if (!view.isDefault) return { title: t.userTitle, subtitle: '', source: userSourceLine(view), notes: flagNotes(view) };
    const partial = t.partialNote(formatPercent(PARTIAL_RATES.janAug.value, locale, true), formatPercent(PARTIAL_RATES.december.value, locale, true));
    return {
      title: t.title,
      subtitle: t.subtitle,
      source: citations([...RATE_FIGURES, NATIONAL_RATE, PARTIAL_RATES.janAug, PARTIAL_RATES.december], locale),
      notes: [...flagNotes(view), t.hubeiNote, partial],
    };
  }

  protected summary(view: WidgetView): string {
    const t = view.t.growth;
    const { rows, locale } = view;
    if (!rows.length) return '';
    if (this.activeView === 'climb') {
      const first = rows[0];
      const last = rows[rows.length - 1];
      const subject = view.isDefault ? t.climbSubject : t.climbUserSubject;
      const growth = this.averageGrowth(rows);
      const when = (row: Row) => String(rowYear(row) ?? row.name);
      const rate = growth ? formatPercent(growth.rate, locale, true) : '';
      const climb = t.climbSummary(subject, when(first), formatRowValue(first, 'yuan', locale), when(last), formatRowValue(last, 'yuan', locale), last.value >= first.value, rate);
      return [climb, this.gapText(view)].filter(Boolean).join(view.t.frame.sentenceGap);
    }
    const reference = this.referenceLine(view);
    const against = !reference
      ? ''
      : this.reference !== undefined && this.reference !== null
        ? t.againstReference(formatPercent(reference.value, locale))
        : t.againstNational(formatPercent(reference.value, locale));
    const rate = (row: Row) => formatPercent(row.value, locale).replace(/^−/, '');
    if (rows.length <= 4) return t.rateSummary(rows.map((row) => ({ name: row.name, rate: rate(row), fell: row.value < 0 })), against);
    const fastest = rows[0];
    const slowest = rows[rows.length - 1];
    return t.rangeSummary(rows.length, fastest.name, rateLabel(fastest, view), slowest.name, rateLabel(slowest, view), against);
  }
}
