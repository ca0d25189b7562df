import { TradeChartWidget } from '../../core/chart-widget.js';
import type { ChartBuild, ChartContext } from '../../core/chart-options.js';
import type { FrameText, WidgetView } from '../../core/widget-element.js';
import type { TradeDatum } from '../../core/types.js';
import type { RowRules } from '../../core/rows.js';
import { citations } from '../../core/figures.js';
import { stylesFor } from '../../core/styles.js';
import { flagNotes, userSourceLine } from '../../core/notes.js';
import { formatNumber, formatRowValue, formatYuan } from '../../core/format.js';
import { partnersChart } from './partners-chart.js';
import { ANHUI_TOTAL, defaultPartnerRows, PARTNER_FIGURES, PARTNERS_WITH_GROWTH, SHARE_MAX } from './partners-data.js';

/**
 * Where Anhui trades: each partner group's share of Anhui's total trade in 2025, every bar on its own
 * 0–100% track. Default: ASEAN (13.96%, derived from 141.5 bn of 1,013.6 bn) and the Belt-and-Road
 * economies (54%, as sourced). ASEAN members are also Belt-and-Road partners, so the two overlap: they
 * are drawn side by side, never stacked, and a note says they must not be added. The subtitle gives
 * the 189 countries and regions with which Anhui's trade grew.
 *
 * Your own data (`data` attribute, `data` property or `src`): rows of `{ "label" | "region", "value" }`
 * where **`value` is the group's share of total trade in percent** (0–100), for example
 * `[{"label": "ASEAN", "value": 13.96}, {"label": "EU", "value": 9.5}]`. Give shares, not amounts:
 * a value above 100 cannot be a share, so that row is left out with a visible message. Flags
 * (`derived`, `approximate`, `lowerBound`, `partial`), `note` and `source` work as in every widget.
 *
 * @summary Partner groups' shares of total trade, each on its own 0–100% track (never stacked).
 * @tag trade-partners
 */
export class TradePartners extends TradeChartWidget {
  static override styles = stylesFor('trade-partners');

  protected readonly valueKind = 'percent' as const;

  protected defaultRows(): TradeDatum[] {
    return defaultPartnerRows(this.locale);
  }

  protected override rowRules(): RowRules {
    return { maxValue: SHARE_MAX };
  }

  protected chartConfig(view: WidgetView, context: ChartContext): ChartBuild {
    return partnersChart(view, context);
  }

  protected frameText(view: WidgetView): FrameText {
    const t = view.t.partners;
    if (!view.isDefault) {
      return { title: t.userTitle, subtitle: t.userSubtitle, source: userSourceLine(view), notes: [...flagNotes(view), t.userOverlap] };
    }
    return {
      title: t.title,
      subtitle: t.subtitle(formatYuan(ANHUI_TOTAL.value, view.locale, 4), formatNumber(PARTNERS_WITH_GROWTH.value, view.locale)),
      source: citations(PARTNER_FIGURES, view.locale),
      notes: [...flagNotes(view), t.overlap],
    };
  }

  protected summary(view: WidgetView): string {
    const t = view.t.partners;
    const zh = view.locale === 'zh-CN';
    const list = view.rows.map((row) => `${row.name}${zh ? '' : ' '}${formatRowValue(row, 'percent', view.locale)}`).join(view.t.frame.listSeparator);
    const text = [t.summary(list)];
    if (view.rows.length > 1) text.push(t.summaryOverlap);
    return text.join(zh ? '' : ' ');
  }
}
