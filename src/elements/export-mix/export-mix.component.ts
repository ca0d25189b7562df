import { property } from 'lit/decorators.js';
import { TradeChartWidget } from '../../core/chart-widget.js';
import type { ChartBuild, ChartContext } from '../../core/chart-options.js';
import type { FrameText, WidgetView } from '../../core/widget-element.js';
import type { TradeDatum } from '../../core/types.js';
import type { RowRules } from '../../core/rows.js';
import { citations } from '../../core/figures.js';
import { messagesFor } from '../../core/i18n.js';
import { stylesFor } from '../../core/styles.js';
import { flagNotes, userSourceLine } from '../../core/notes.js';
import { formatPercent, formatRowValue, formatYuan } from '../../core/format.js';
import { balanceChart, segmentsChart } from './mix-chart.js';
import { newThreeShare, sharesOf, sumOf } from './mix-math.js';
import { BALANCE_FIGURES, defaultBalanceRows, defaultSegmentRows, EXPORTS, ME_SHARE, NEW_THREE, NEW_THREE_KEYS, SEGMENT_FIGURES } from './mix-data.js';

/** The views of `<export-mix>`; the first is the default. */
export const MIX_VIEWS = ['new-three', 'balance'] as const;
export type MixView = (typeof MIX_VIEWS)[number];

/** A stacked bar needs a colour per part that a reader can tell apart: more parts are refused, not merged. */
const MAX_SEGMENTS = 6;

/** Total digits of a sum shown beside a reported total (1,013.56 bn → "1.0136 trillion"). */
const SUM_DIGITS = 4;

/**
 * What Anhui's exports are made of. `new-three` (default): 2025 exports as one 100% bar split into
 * electric vehicles, batteries + PV (derived) and other exports (derived), with the "over 70%" share of
 * mechanical and electrical goods drawn as a line (it overlaps the new three, so it is never a part).
 * `balance`: exports and imports side by side, their sum in the subtitle.
 *
 * @summary An export mix as one stacked bar, or exports against imports.
 * @tag export-mix
 */
export class ExportMix extends TradeChartWidget {
  static override styles = stylesFor('export-mix');

  /** `new-three` (default): the parts of exports as one stacked bar; `balance`: exports and imports. */
  @property() view: MixView = 'new-three';

  protected readonly valueKind = 'yuan' as const;

  /** The view drawn: `view` when known, else `new-three` (an unknown value warns once). */
  protected get activeView(): MixView {
    return this.choice('view', this.view, MIX_VIEWS);
  }

  protected defaultRows(): TradeDatum[] {
    const t = messagesFor(this.locale).exportMix;
    return this.activeView === 'balance' ? defaultBalanceRows(this.locale, t) : defaultSegmentRows(this.locale, t);
  }

  protected override rowRules(): RowRules {
    return this.activeView === 'balance' ? {} : { maxRows: MAX_SEGMENTS };
  }

  protected override chartSignature(): string {
    return this.activeView;
  }

  protected chartConfig(view: WidgetView, context: ChartContext): ChartBuild {
    if (this.activeView === 'balance') return balanceChart(view, context);
    const t = view.t.exportMix;
    // The lower-bound share belongs to the bundled 2025 figures only.
    const mark = view.isDefault ? { value: ME_SHARE.value, labels: [t.meLine, t.meLineShort] } : undefined;
    return segmentsChart(view, context, view.isDefault ? t.barLabel : t.userBarLabel, mark);
  }

  /** The sum of the rows in words, with enough digits to compare it with a reported total. */
  private sumText(view: WidgetView): string {
    return formatYuan(sumOf(view.rows.map((row) => row.value)), view.locale, SUM_DIGITS);
  }

  protected frameText(view: WidgetView): FrameText {
    const t = view.t.exportMix;
    const { locale } = view;
    if (this.activeView === 'balance') {
      if (!view.isDefault) return { title: t.balanceUserTitle, subtitle: t.balanceUserSubtitle(this.sumText(view)), source: userSourceLine(view), notes: flagNotes(view) };
      return { title: t.balanceTitle, subtitle: t.balanceSubtitle(this.sumText(view)), source: citations(BALANCE_FIGURES, locale), notes: flagNotes(view) };
    }
    if (!view.isDefault) return { title: t.userTitle, subtitle: t.userSubtitle(this.sumText(view)), source: userSourceLine(view), notes: flagNotes(view) };
    const share = newThreeShare(view.rows, NEW_THREE_KEYS);
    return {
      title: t.title,
      subtitle: t.subtitle(formatYuan(EXPORTS.value, locale, 2), share === undefined ? '' : formatPercent(share, locale)),
      source: citations([EXPORTS, NEW_THREE, ...SEGMENT_FIGURES, ME_SHARE], locale),
      notes: [...flagNotes(view), t.meNote],
    };
  }

  protected summary(view: WidgetView): string {
    const t = view.t.exportMix;
    const { rows, locale } = view;
    if (!rows.length) return '';
    const total = this.sumText(view);
    if (this.activeView === 'balance') {
      const parts = rows.map((row) => `${row.name}${locale === 'zh-CN' ? '：' : ': '}${formatRowValue(row, 'yuan', locale)}`).join(locale === 'zh-CN' ? '；' : '; ');
      return t.balanceSummary(parts, total);
    }
    const shares = sharesOf(rows.map((row) => row.value));
    const parts = rows.map((row, index) => t.part(row.name, formatRowValue(row, 'yuan', locale), formatPercent(shares[index], locale))).join(locale === 'zh-CN' ? '，' : ', ');
    const share = newThreeShare(rows, NEW_THREE_KEYS);
    return view.isDefault && share !== undefined
      ? t.summary(formatYuan(EXPORTS.value, locale, 2), parts, formatPercent(share, locale))
      : t.userSummary(total, parts);
  }
}
