import { property } from 'lit/decorators.js';
import { TradeChartWidget } from '../../core/chart-widget.js';
import type { ChartBuild, ChartContext } from '../../core/chart-options.js';
import type { FrameText, WidgetView } from '../../core/widget-element.js';
import type { Row, TradeDatum } from '../../core/types.js';
import { citations } from '../../core/figures.js';
import { messagesFor } from '../../core/i18n.js';
import { stylesFor } from '../../core/styles.js';
import { flagNotes, userSourceLine } from '../../core/notes.js';
import { formatRowValue, formatYuan, TRILLION_IN_BN } from '../../core/format.js';
import { rankingChart, rankRegions } from './ranking-chart.js';
import { defaultRankingRows, RANKED_FIGURES } from './ranking-data.js';

/**
 * Regions ranked by total foreign trade, with the 1-trillion-yuan threshold drawn in.
 * Default: the 2025 regions with a sourced figure (Guangdong as a lower bound, Anhui, Henan, Hubei).
 *
 * @summary A horizontal bar ranking of regions by foreign trade.
 * @tag trade-ranking
 */
export class TradeRanking extends TradeChartWidget {
  static override styles = stylesFor('trade-ranking');

  /** The reference line, in billions of yuan (default 1000 = 1 trillion); 0 hides it. */
  @property({ type: Number }) threshold = TRILLION_IN_BN;

  protected readonly valueKind = 'yuan' as const;

  protected defaultRows(): TradeDatum[] {
    return defaultRankingRows(this.locale, messagesFor(this.locale).ranking.hubeiNote);
  }

  protected override arrange(rows: Row[]): Row[] {
    return rankRegions(rows);
  }

  protected override defaultHighlight(): string {
    return 'anhui';
  }

  private get thresholdValue(): number | undefined {
    const value = Number(this.threshold);
    return Number.isFinite(value) && value > 0 ? value : undefined;
  }

  protected override chartSignature(): string {
    return String(this.thresholdValue);
  }

  protected chartConfig(view: WidgetView, context: ChartContext): ChartBuild {
    return rankingChart(view, context, this.thresholdValue);
  }

  protected frameText(view: WidgetView): FrameText {
    const t = view.t.ranking;
    if (!view.isDefault) return { title: t.userTitle, subtitle: '', source: userSourceLine(view), notes: flagNotes(view) };
    return { title: t.title, subtitle: t.subtitle, source: citations(RANKED_FIGURES, view.locale), notes: [...flagNotes(view), t.otherMembers] };
  }

  protected override position(view: WidgetView, index: number): string {
    return view.t.frame.rankOf(index + 1, view.rows.length);
  }

  protected summary(view: WidgetView): string {
    const t = view.t.ranking;
    const [first] = view.rows;
    if (!first) return '';
    const threshold = this.thresholdValue ?? TRILLION_IN_BN;
    const above = view.rows.filter((row) => row.value > threshold).length;
    const text = [t.summary(view.rows.length, first.name, formatRowValue(first, 'yuan', view.locale), above, formatYuan(threshold, view.locale))];
    const rank = view.rows.findIndex((row) => row.key === view.highlight);
    if (rank > 0) text.push(t.highlightSummary(view.rows[rank].name, rank + 1, formatRowValue(view.rows[rank], 'yuan', view.locale)));
    return text.join(view.t.frame.sentenceGap);
  }
}
