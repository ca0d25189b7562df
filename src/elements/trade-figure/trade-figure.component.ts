import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TradeWidget, type DataOrigin, type FrameText, type WidgetView } from '../../core/widget-element.js';
import type { DataProblem, Row, TradeDatum } from '../../core/types.js';
import { cleanLabel, toNumber } from '../../core/rows.js';
import { citations } from '../../core/figures.js';
import { messagesFor } from '../../core/i18n.js';
import type { ValueKind } from '../../core/format.js';
import { stylesFor } from '../../core/styles.js';
import { userSourceLine } from '../../core/notes.js';
import type { TableModel } from '../../core/table.js';
import { bundledCard, DEFAULT_FIGURE, FIGURE_IDS, parseFigureId, type BundledCard, type FigureId } from './figure-data.js';
import { FIGURE_UNITS, formatChange, formatFigureValue, formatPeriod, markWords, parseUnit, splitNumber, type FigureUnit } from './figure-format.js';
import { figureStyles } from './trade-figure.styles.js';

const given = (value: unknown): boolean => value !== undefined && value !== null && String(value).trim() !== '';

/**
 * A headline number for an article: the big number, its year-on-year change, what it counts, its
 * honest-data mark in words (lower bound, approximate, derived, partial period) and the source line,
 * in the same frame, theme and language as the charts. No canvas.
 *
 * Three ways to give the number, first match wins:
 * 1. your own data (`data` attribute or property, or `src`): the first row `{ label | region, value }`,
 *    read in `unit`; `period`, flags, `note` and `source` of the row are shown too;
 * 2. the `value` attribute, with `unit`, `label`, `change`, `period`, `source-line` and the flag attributes;
 * 3. a bundled, sourced fact named by `figure` (default `anhui-trade`).
 *
 * An unknown `figure` or `unit`, or a `change` that is not a number, shows a message and warns.
 *
 * @summary A headline number card with its change, label, honest-data mark and source.
 * @tag trade-figure
 * @csspart value - The big number with its unit.
 * @csspart change - The year-on-year change.
 * @csspart label - What the number counts.
 * @csspart mark - The honest-data mark in words (lower bound, approximate, derived, partial period).
 */
export class TradeFigure extends TradeWidget {
  static override styles = [stylesFor('trade-figure'), figureStyles];

  /** A bundled, sourced fact by name (the type lists them); unset, `anhui-trade`. */
  @property() figure?: FigureId;

  /** The number itself (replaces `figure`); in billions of yuan unless `unit` says otherwise. */
  @property() value?: number | string;

  /** How `value` (or the data's first row) reads: `yuan-bn` (default), `percent`, `count` or `vehicles`. */
  @property() unit?: FigureUnit;

  /** What the number counts ("Anhui's foreign trade in goods"); also replaces a bundled figure's label. */
  @property() label?: string;

  /** Year-on-year change in percent (e.g. `17.3`, `-2.1`); replaces a bundled figure's change. */
  @property() change?: number | string;

  /** The period of `value`: `2025`, `2025-12` or `2025-01/2025-08` (shown in words), or any text. */
  @property() period?: string;

  /** `value` is a lower bound ("more than"). */
  @property({ type: Boolean, attribute: 'lower-bound' }) lowerBound = false;

  /** `value` is approximate ("around"). */
  @property({ type: Boolean }) approximate = false;

  /** `value` covers part of a period only. */
  @property({ type: Boolean }) partial = false;

  /** `value` was computed from other figures. */
  @property({ type: Boolean }) derived = false;

  protected override readonly readyOnRender = true;

  // ---- what is shown ------------------------------------------------------------------------

  private get byAttributes(): boolean {
    return given(this.value);
  }

  /** The bundled fact, when neither data nor `value` replaces it and `figure` names one. */
  private get card(): BundledCard | undefined {
    if (this.origin !== 'default' || this.byAttributes) return undefined;
    const id = given(this.figure) ? parseFigureId(this.figure) : DEFAULT_FIGURE;
    return id ? bundledCard(id, this.locale) : undefined;
  }

  private get figureUnit(): FigureUnit {
    return this.card?.unit ?? parseUnit(this.unit) ?? 'yuan-bn';
  }

  private get changeValue(): number | undefined {
    if (given(this.change)) {
      const change = toNumber(this.change);
      return Number.isFinite(change) ? change : undefined;
    }
    return this.card?.change;
  }

  protected get valueKind(): ValueKind {
    return this.figureUnit === 'percent' ? 'percent' : 'yuan';
  }

  // ---- data hooks ---------------------------------------------------------------------------

  protected override attributeProblem(origin: DataOrigin): DataProblem | undefined {
    if (given(this.unit) && !parseUnit(this.unit)) {
      return { code: 'badAttribute', field: 'unit', detail: cleanLabel(String(this.unit)), allowed: FIGURE_UNITS.join(', ') };
    }
    if (given(this.change) && !Number.isFinite(toNumber(this.change))) {
      return { code: 'badAttribute', field: 'change', detail: cleanLabel(String(this.change)) };
    }
    if (origin === 'default' && !this.byAttributes && given(this.figure) && !parseFigureId(this.figure)) {
      return { code: 'badAttribute', field: 'figure', detail: cleanLabel(String(this.figure)), allowed: FIGURE_IDS.join(', ') };
    }
    return undefined;
  }

  protected defaultRows(): TradeDatum[] {
    const card = this.card;
    if (card) return [given(this.label) ? { ...card.row, label: this.label } : card.row];
    const row = {
      label: given(this.label) ? this.label : messagesFor(this.locale).figure.userTitle,
      value: this.value as number,
      lowerBound: this.lowerBound,
      approximate: this.approximate,
      partial: this.partial,
      derived: this.derived,
    } as TradeDatum;
    if (given(this.period)) row.period = this.period;
    return [row];
  }

  /** One number: the first row; `label` renames it. */
  protected override arrange(rows: Row[]): Row[] {
    const [first] = rows;
    if (!first) return [];
    return [given(this.label) ? { ...first, name: cleanLabel(String(this.label)) } : first];
  }

  // ---- frame, summary, table ----------------------------------------------------------------

  protected frameText(view: WidgetView): FrameText {
    const t = view.t.figure;
    const row = view.rows[0];
    const notes = row?.note ? [row.note] : [];
    const card = this.card;
    if (card) return { title: card.title, subtitle: '', source: citations(card.figures, view.locale), notes };
    const title = row?.period ? t.kicker(t.userTitle, formatPeriod(row.period, view.locale)) : t.userTitle;
    return { title, subtitle: '', source: view.isDefault ? view.t.frame.yourData : userSourceLine(view), notes };
  }

  private changeText(view: WidgetView): string {
    const change = this.changeValue;
    return change === undefined ? '' : formatChange(change, view.locale);
  }

  protected summary(view: WidgetView): string {
    const row = view.rows[0];
    if (!row) return '';
    const t = view.t.figure;
    const parts = [t.summary(row.name, formatFigureValue(row, this.figureUnit, view.locale), this.changeText(view))];
    for (const mark of markWords(row, view.locale)) parts.push(t.sentence(mark));
    return parts.join(view.locale === 'zh-CN' ? '' : ' ');
  }

  /** The base table, with the card's own number format and the change beside the flags. */
  protected override table(view: WidgetView, frame: FrameText): TableModel {
    const model = super.table(view, frame);
    const changeText = this.changeText(view);
    const change = changeText ? view.t.figure.changeNote(changeText) : '';
    const withChange = (note: string | number) => [note, change].filter(Boolean).join(' · ');
    return {
      ...model,
      cells: model.cells.map(([name, , note, source], i) => [name, formatFigureValue(view.rows[i], this.figureUnit, view.locale), withChange(note), source]),
      raw: model.raw.map(([name, value, note, source]) => [name, value, withChange(note), source]),
    };
  }

  protected override valueHeader(view: WidgetView): string {
    const unit = this.figureUnit;
    if (unit === 'yuan-bn' || unit === 'percent') return super.valueHeader(view);
    return `${view.t.frame.columnValue} (${view.t.figure.unitHeader[unit]})`;
  }

  // ---- the card -----------------------------------------------------------------------------

  protected renderVisual(view: WidgetView): TemplateResult {
    const row = view.rows[0];
    const { before, number, after } = splitNumber(formatFigureValue(row, this.figureUnit, view.locale));
    const change = this.changeText(view);
    const marks = markWords(row, view.locale);
    // The visible card and the sentence a screen reader hears say the same; the sentence reads better.
    return html`
      <div class="card" aria-hidden="true">
        <div class="headline">
          <p class="value" part="value">${before ? html`<span class="qualifier">${before}</span>` : nothing}<span class="number">${number}</span>${after ? html`<span class="unit">${after}</span>` : nothing}</p>
          ${change ? html`<p class="change" part="change">${change}</p>` : nothing}
        </div>
        <p class="label" part="label">${row.name}</p>
        ${marks.map((mark) => html`<p class="mark" part="mark">${mark}</p>`)}
      </div>
      <p id="summary" class="sr-only">${this.summary(view)}</p>
    `;
  }
}
