import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DataProblem, Locale, Row, TradeDatum, Theme } from './types.js';
import { messagesFor, normalizeLocale, resolveLocale, type Messages } from './i18n.js';
import { describeProblem, parseRows, type ParsedRows, type RowRules } from './rows.js';
import { tableModel, tableToCsv, type TableModel } from './table.js';
import type { ValueKind } from './format.js';
import { onPageSignal, type PageSignal } from './page-signals.js';
import { downloadText } from './download.js';
import { dispatchTradeEvent, type TradeEventMap } from './events.js';

/**
 * A download button: its full label in a wide column, the file type alone in a narrow one
 * (styles.ts switches them with a container query); the accessible name is always the full label.
 */
function actionButton(label: string, short: string, onClick: (this: TradeWidget) => void): TemplateResult {
  return html`<button type="button" aria-label=${label} @click=${onClick}><span class="long">${label}</span><span class="short">${short}</span></button>`;
}

/** Frame text for the widget's current data; attributes and slots override each piece. */
export interface FrameText {
  title: string;
  subtitle: string;
  source: string;
  notes: string[];
}

/** What an element draws from: validated rows in drawing order, the locale and its strings. */
export interface WidgetView {
  rows: Row[];
  locale: Locale;
  t: Messages;
  /** `highlight` resolved to a row key, or undefined for none. */
  highlight?: string;
  /** True when the rows are the bundled, sourced default. */
  isDefault: boolean;
}

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const DEFAULT_TIMEOUT_MS = 10_000;
/** The languages `lang` accepts, as the warning lists them. */
const LANGS = 'en, zh-CN';
/**
 * Ranges of the numeric attributes; outside them (or not a number at all) the attribute is ignored with
 * a warning. A height above 10,000 px is a typo (a canvas that tall would not draw anyway).
 */
const NUMBER_RANGES: Record<string, [min: number, max: number]> = {
  height: [1, 10_000],
  timeout: [1, 600_000],
  'heading-level': [1, 6],
};

/** A numeric attribute's value when it is a finite number within its range, else undefined. */
function validNumber(value: unknown, attribute: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = Number(value);
  const [min, max] = NUMBER_RANGES[attribute] ?? [-Infinity, Infinity];
  return Number.isFinite(number) && number >= min && number <= max ? number : undefined;
}

/** `4/3`, `16 / 9` or `1.5`, every part above zero (`1/0` would collapse the box). */
function validRatio(text: string): boolean {
  return /^\d+(\.\d+)?(\s*\/\s*\d+(\.\d+)?)?$/.test(text) && text.split('/').every((part) => Number(part) > 0);
}

export type DataOrigin = 'default' | 'property' | 'attribute' | 'src';

/** Gives the page's other work a turn: `scheduler.yield()` where there is one (it resumes first), else a task. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The base of every widget: attributes common to all, locale, theme, the data pipeline
 * (property → `data` attribute → `src` → bundled default), validation with visible messages,
 * the frame (title, subtitle, notes, source, byline), the data table, CSV download and events.
 * An element declares its own attributes and implements the abstract hooks; nothing else.
 *
 * @slot heading - Replaces the title.
 * @slot subtitle - Replaces the subtitle.
 * @slot notes - Replaces the notes.
 * @slot source - Replaces the source line.
 * @slot byline - Replaces the byline.
 *
 * @event trade-hover - A bar is hovered or keyboard-focused; `detail` is `{ row, index }` or null.
 * @event trade-select - A bar is clicked or chosen with Enter/Space; `detail` is `{ row, index }`.
 * @event trade-ready - The chart (or card) has drawn its data.
 * @event trade-data-error - The data had problems; `detail` is `{ messages, fatal }`.
 *
 * @csspart frame - The whole figure.
 * @csspart title - The title.
 * @csspart subtitle - The subtitle.
 * @csspart chart - The area holding the chart or card.
 * @csspart table - The data table.
 * @csspart notes - The notes under the chart.
 * @csspart source - The source line.
 * @csspart byline - The byline.
 * @csspart actions - The row of buttons (show data, downloads).
 * @csspart error - The message shown when the data cannot be used.
 *
 * @cssprop --trade-font - Font family (default: inherited from the page).
 * @cssprop --trade-text - Text colour (default: inherited in light, #eef1f4 in dark).
 * @cssprop --trade-muted - Secondary text colour.
 * @cssprop --trade-background - Background colour (default #ffffff light, #15191f dark).
 * @cssprop --trade-bar - Bar colour.
 * @cssprop --trade-highlight - Colour of the highlighted bar.
 * @cssprop --trade-reference - Colour of reference lines (threshold, national rate).
 * @cssprop --trade-grid - Grid line colour.
 * @cssprop --trade-focus - Keyboard focus colour.
 * @cssprop --trade-series-1 - First series colour (also --trade-series-2 … -4).
 * @cssprop --trade-aspect-ratio - Width/height of the widget (frame included).
 * @cssprop --trade-min-height - Smallest height of the widget.
 * @cssprop --trade-max-height - Largest height of the widget.
 */
export abstract class TradeWidget extends LitElement {
  /** Language: `en` or `zh-CN`; unset, the nearest `lang` of an ancestor or the document. */
  @property({ reflect: false }) override lang = '';

  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme: Theme = 'light';

  /** The user's own rows, as objects. Takes precedence over the `data` attribute and `src`. */
  @property({ attribute: false }) data?: TradeDatum[];

  /** The user's own rows as a JSON string (the `data` attribute). */
  @property({ attribute: 'data' }) dataJson?: string;

  /** URL of a JSON or CSV file with the rows, fetched when the widget comes near the viewport. */
  @property() src?: string;

  /** Milliseconds to wait for `src` before showing a timeout message. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** Region id or name to emphasise (e.g. `anhui`); an empty value highlights nothing. */
  @property() highlight?: string;

  /** Title text; replaces the default title. */
  @property() heading?: string;

  /** Subtitle text. */
  @property() subtitle?: string;

  /** Source line text; replaces the bundled data's source. */
  @property({ attribute: 'source-line' }) sourceLine?: string;

  /** Notes text, shown under the chart before the source. */
  @property() notes?: string;

  /** Byline ("Chart: Jane Doe / The Daily"). */
  @property() byline?: string;

  /** Level of the title for screen readers' heading navigation (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Widget height in CSS pixels; overrides the width-based aspect ratio. */
  @property({ type: Number }) height?: number;

  /** Width / height ratio of the whole widget, e.g. `4/3` or `1.5`. */
  @property({ attribute: 'aspect-ratio' }) aspectRatio?: string;

  /** Hide the "Show data" button (the table stays available to screen readers). */
  @property({ type: Boolean, attribute: 'no-table' }) noTable = false;

  /** Hide the "Download CSV" button. */
  @property({ type: Boolean, attribute: 'no-csv' }) noCsv = false;

  /** Hide the "Download PNG" button. */
  @property({ type: Boolean, attribute: 'no-png' }) noPng = false;

  /** Show the data table in place of the chart. */
  @property({ type: Boolean, attribute: 'show-table', reflect: true }) showTable = false;

  @state() protected locale: Locale = 'en';
  @state() protected loading = false;
  @state() private loaded?: { url: string; data?: unknown; problem?: DataProblem };

  protected parsed: ParsedRows = { rows: [], dropped: [] };
  protected origin: DataOrigin = 'default';
  private inputError?: DataProblem;
  private fetchAbort?: AbortController;
  private stopPageSignals?: () => void;
  private lastWarning = '';
  private readyFor = '';

  // ---- hooks each element implements ------------------------------------------------------

  /** The bundled, sourced rows. */
  protected abstract defaultRows(): TradeDatum[];
  /** How values read: yuan amounts, percentage shares or growth rates. */
  protected abstract readonly valueKind: ValueKind;
  /** Title, subtitle, source and notes for the current view. */
  protected abstract frameText(view: WidgetView): FrameText;
  /** One or two sentences saying what the data shows, for screen readers and the PNG. */
  protected abstract summary(view: WidgetView): string;
  /** The visual: a canvas chart or a card. */
  protected abstract renderVisual(view: WidgetView): TemplateResult;

  /** Validation rules; growth rates override to allow negatives. */
  protected rowRules(): RowRules {
    return {};
  }
  /** The drawing order (a ranking sorts); the table follows it. */
  protected arrange(rows: Row[]): Row[] {
    return rows;
  }
  /** The highlight when the attribute is absent. */
  protected defaultHighlight(): string | undefined {
    return undefined;
  }
  /** Page signals (theme, fonts, print) for subclasses that draw. */
  protected onPageSignal(_signal: PageSignal): void {}
  /**
   * An element attribute that makes the bundled data unusable (an unknown `figure`): shown like a
   * data problem (visible message, console warning) instead of falling back to other data.
   */
  protected attributeProblem(_origin: DataOrigin): DataProblem | undefined {
    return undefined;
  }
  /** Cards (no canvas) are complete once rendered and announce `trade-ready` then; charts after drawing. */
  protected readonly readyOnRender: boolean = false;

  // ---- lifecycle ----------------------------------------------------------------------------

  /**
   * The first render waits for the page to get a turn: on an article with many widgets, each one's
   * first render is its own short task instead of all of them in one long task that blocks input.
   * The box is already reserved by CSS, so nothing moves meanwhile.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await yieldToPage();
    super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopPageSignals = onPageSignal((signal) => {
      if (signal === 'page-attributes') this.requestUpdate();
      this.onPageSignal(signal);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPageSignals?.();
    this.stopPageSignals = undefined;
    this.fetchAbort?.abort();
    this.fetchAbort = undefined;
    // A later reconnect fetches again.
    if (this.loading) this.loaded = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Lit's `lang` property shadows the native one and does not reflect: read the property first.
    this.locale = normalizeLocale(this.lang) ?? resolveLocale(this);
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      this.warnAttribute('theme', String(this.theme), THEMES.join(', '));
      this.theme = 'light';
    }
    this.checkAttributes(changed);
    if (changed.has('height') || changed.has('aspectRatio')) this.applyBoxOverrides();
    if (changed.has('src') && this.loaded?.url !== this.src) {
      // A new address replaces the old request: abort it, so a late answer cannot win.
      this.fetchAbort?.abort();
      this.loading = false;
      this.loaded = undefined;
    }
    this.resolveData();
    this.checkHighlight();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.readyOnRender) return;
    // A card has no canvas to wait for: it fetches `src` at once and is ready when its rows are shown
    // (once per distinct content, not on every render).
    this.maybeFetch();
    if (!this.parsed.rows.length || this.parsed.fatal || this.loading) return;
    const shown = JSON.stringify([this.parsed.rows, this.locale]);
    if (shown === this.readyFor) return;
    this.readyFor = shown;
    this.emit('trade-ready');
  }

  /** Starts fetching `src` once the widget may be seen; subclasses call this when near the viewport. */
  protected maybeFetch(): void {
    const url = this.src;
    if (!url || this.origin !== 'src' || this.loaded?.url === url || this.loading) return;
    this.fetchAbort = new AbortController();
    this.loading = true;
    const timeoutMs = validNumber(this.timeout, 'timeout') ?? DEFAULT_TIMEOUT_MS;
    const signal = this.fetchAbort.signal;
    // Fetching and CSV code load only for widgets that have a `src`.
    void import('./load-source.js')
      .then(({ loadSource }) => loadSource(url, { signal, timeoutMs }))
      .then((result) => {
        if ('aborted' in result || this.src !== url) return;
        this.loading = false;
        this.loaded = 'data' in result ? { url, data: result.data } : { url, problem: result.problem };
      })
      .catch((error: unknown) => {
        // The loader chunk itself failed to arrive (offline, a broken CDN copy): say so, throw nothing.
        this.loading = false;
        this.loaded = { url, problem: { code: 'fetchFailed', detail: (error as Error)?.message ?? 'network error' } };
      });
  }

  // ---- data ---------------------------------------------------------------------------------

  private resolveData(): void {
    this.inputError = undefined;
    let input: unknown;
    const json = (text: string): unknown => {
      try {
        return JSON.parse(text);
      } catch (error) {
        this.inputError = { code: 'json', detail: (error as Error).message };
        return undefined;
      }
    };
    const property: unknown = this.data;
    if (property !== undefined && property !== null) {
      this.origin = 'property';
      // React 19 and Vue set a prop as a property when the element has one: `data="[…]"` in their
      // templates arrives here as the JSON text the attribute would have carried.
      input = typeof property === 'string' ? json(property) : property;
    } else if (this.dataJson !== undefined && this.dataJson !== null) {
      this.origin = 'attribute';
      input = json(this.dataJson);
    } else if (this.src) {
      this.origin = 'src';
      if (this.loaded?.url === this.src) {
        if (this.loaded.problem) this.inputError = this.loaded.problem;
        input = this.loaded.data;
      }
    } else {
      this.origin = 'default';
    }
    this.inputError ??= this.attributeProblem(this.origin);
    if (this.origin === 'default' && !this.inputError) input = this.defaultRows();
    if (this.inputError) {
      this.parsed = { rows: [], dropped: [], fatal: this.inputError };
    } else if (this.origin === 'src' && input === undefined) {
      this.parsed = { rows: [], dropped: [] };
    } else {
      const parsed = parseRows(input, this.locale, this.rowRules());
      this.parsed = { ...parsed, rows: this.arrange(parsed.rows) };
    }
    this.reportProblems();
  }

  /** One console warning per distinct problem set, in English, naming the input path. */
  private reportProblems(): void {
    const { fatal, dropped } = this.parsed;
    const problems = fatal ? [fatal] : dropped;
    const messages = problems.map((p) => describeProblem(p, 'en'));
    const key = messages.join('|');
    if (key === this.lastWarning) return;
    this.lastWarning = key;
    if (!messages.length) return;
    const input =
      fatal?.code === 'badAttribute' || this.origin === 'default' ? 'its attributes'
      : this.origin === 'src' ? `src="${this.src}"` : this.origin === 'attribute' ? 'the data attribute' : 'the data property';
    console.warn(`[${this.localName}] ${fatal ? 'cannot use' : 'left rows out of'} ${input}: ${messages.join(' ')}`);
    this.emit('trade-data-error', { messages, fatal: Boolean(fatal) });
  }

  private warnAttribute(name: string, value: string, allowed: string): void {
    console.warn(`[${this.localName}] ${messagesFor('en').errors.badAttribute(name, value, allowed)}`);
  }

  private warnIgnored(name: string, value: unknown, expected: string): void {
    const text = this.getAttribute(name) ?? String(value);
    console.warn(`[${this.localName}] ${messagesFor('en').errors.ignoredAttribute(name, text, expected)}`);
  }

  /**
   * Attribute values that cannot be used are ignored with a warning naming the attribute (bad input is
   * a polite state, DESIGN.md): an unknown `lang`, any numeric attribute that is not a number
   * (`threshold="NaN"`, elements' own included), a height, timeout or heading level out of range, a ratio
   * that is not one.
   */
  private checkAttributes(changed: PropertyValues<this>): void {
    if (changed.has('lang') && this.lang && !normalizeLocale(this.lang)) this.warnAttribute('lang', this.lang, LANGS);
    const declarations = (this.constructor as typeof TradeWidget).elementProperties;
    for (const key of changed.keys()) {
      const declaration = declarations.get(key);
      const value = (this as Record<PropertyKey, unknown>)[key];
      if (declaration?.type !== Number || value === undefined || value === null) continue;
      const name = typeof declaration.attribute === 'string' ? declaration.attribute : String(key).toLowerCase();
      if (validNumber(value, name) !== undefined) continue;
      const range = NUMBER_RANGES[name];
      this.warnIgnored(name, value, range ? `a number from ${range[0]} to ${range[1]}` : 'a number');
    }
    const ratio = this.aspectRatio?.trim();
    if (changed.has('aspectRatio') && ratio && !validRatio(ratio)) this.warnIgnored('aspect-ratio', ratio, 'a ratio such as 16/9 or 1.5');
  }

  private warnedHighlight?: string;

  /** An explicit `highlight` that names no drawn row warns once: the editor probably mistyped a region. */
  private checkHighlight(): void {
    const wanted = this.highlight?.trim();
    if (!wanted || !this.parsed.rows.length || this.warnedHighlight === wanted) return;
    if (this.currentView.highlight !== undefined) return;
    this.warnedHighlight = wanted;
    this.warnIgnored('highlight', this.highlight, 'the id or name of a drawn row');
  }

  private readonly warnedChoices = new Map<string, string>();

  /** An enumerated attribute (e.g. `view`): its value when allowed, else the first (default) one; an unknown value warns once. */
  protected choice<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
    const wanted = typeof value === 'string' ? value.trim().toLowerCase() : '';
    const match = allowed.find((option) => option === wanted);
    if (match) return match;
    if (wanted && this.warnedChoices.get(name) !== wanted) {
      this.warnedChoices.set(name, wanted);
      this.warnAttribute(name, String(value), allowed.join(', '));
    }
    return allowed[0];
  }

  private applyBoxOverrides(): void {
    const height = validNumber(this.height, 'height');
    if (height !== undefined) {
      this.style.setProperty('--trade-height', `${height}px`);
      this.style.setProperty('--trade-min-height', '0px');
      this.style.setProperty('--trade-max-height', 'none');
    } else {
      for (const name of ['--trade-height', '--trade-min-height', '--trade-max-height']) this.style.removeProperty(name);
    }
    const ratio = this.aspectRatio?.trim();
    if (ratio && validRatio(ratio)) this.style.setProperty('--trade-aspect-ratio', ratio);
    else this.style.removeProperty('--trade-aspect-ratio');
  }

  /**
   * The view every hook receives. Not called `view`: frameworks (React 19, Vue) set a prop as a
   * property when the element has one by that name, and `view` is an attribute of two elements.
   */
  protected get currentView(): WidgetView {
    const requested = this.highlight ?? this.defaultHighlight();
    const wanted = requested?.trim().toLowerCase();
    const match = wanted ? this.parsed.rows.find((row) => row.key === wanted || row.name.toLowerCase() === wanted) : undefined;
    return {
      rows: this.parsed.rows,
      locale: this.locale,
      t: messagesFor(this.locale),
      highlight: match?.key,
      isDefault: this.origin === 'default',
    };
  }

  /** The table model of exactly what is drawn. */
  protected table(view: WidgetView, frame: FrameText): TableModel {
    return tableModel(view.rows, this.valueKind, view.locale, frame.title);
  }

  // ---- events and actions -------------------------------------------------------------------

  /** Dispatches a bubbling, composed `trade-*` event (documented by the @event tags above). */
  protected emit<K extends keyof TradeEventMap>(name: K, detail?: TradeEventMap[K] extends CustomEvent<infer D> ? D : never): void {
    dispatchTradeEvent(this, name, detail);
  }

  /** The file name downloads use: the tag and the language. */
  protected fileName(extension: string): string {
    return `${this.localName}-${this.locale}.${extension}`;
  }

  /** The CSV of the table, as a string (the download and the tests use it). */
  csv(): string {
    const view = this.currentView;
    const frame = this.frameText(view);
    return tableToCsv(this.table(view, frame), this.valueHeader(view));
  }

  /** The CSV value column's header names the unit, since the cells hold bare numbers. */
  protected valueHeader(view: WidgetView): string {
    const t = view.t.frame;
    const unit = this.valueKind === 'yuan' ? (view.locale === 'zh-CN' ? '十亿元' : 'billion yuan') : '%';
    return `${t.columnValue} (${unit})`;
  }

  private downloadCsv(): void {
    downloadText(this.fileName('csv'), this.csv(), 'text/csv;charset=utf-8');
  }

  /** PNG download; charts implement it, cards have none. */
  protected canDownloadPng(): boolean {
    return false;
  }
  protected downloadPng(): void {}

  // ---- rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const view = this.currentView;
    const frame = this.frameText(view);
    const t = view.t;
    const fatal = this.parsed.fatal;
    const titleId = 'title';
    return html`
      <figure class="frame" part="frame" aria-labelledby=${titleId} lang=${view.locale}>
        <div class="title" part="title" id=${titleId} role="heading" aria-level=${validNumber(this.headingLevel, 'heading-level') ?? 3}>
          <slot name="heading">${this.heading ?? frame.title}</slot>
        </div>
        <p class="subtitle" part="subtitle"><slot name="subtitle">${this.subtitle ?? frame.subtitle}</slot></p>
        <div class="body" part="chart">
          ${fatal ? this.renderError(fatal, view) : this.loading || (this.origin === 'src' && !this.loaded) ? this.renderLoading(t) : this.renderContent(view, frame)}
        </div>
        ${this.renderFooter(view, frame, Boolean(fatal))}
      </figure>
    `;
  }

  private renderContent(view: WidgetView, frame: FrameText): TemplateResult {
    const table = this.table(view, frame);
    return html`
      ${this.showTable ? nothing : this.renderVisual(view)}
      ${this.showTable
        ? // Shown in the chart's box, it may scroll: a keyboard user can focus it to scroll.
          html`<div class="table-view" tabindex="0" role="region" aria-label=${table.caption}>${this.renderTable(table)}</div>`
        : html`<div class="sr-only">${this.renderTable(table)}</div>`}
      ${this.parsed.dropped.length ? this.renderDropped(view) : nothing}
    `;
  }

  private renderLoading(t: Messages): TemplateResult {
    return html`<div class="loading" role="status">${t.frame.loading}</div>`;
  }

  private renderError(problem: DataProblem, view: WidgetView): TemplateResult {
    return html`<div class="error" part="error" role="alert">
      <p><strong>${view.t.errors.title}</strong></p>
      <p>${describeProblem(problem, view.locale)}</p>
    </div>`;
  }

  private renderDropped(view: WidgetView): TemplateResult {
    return html`<div class="sr-only warning" role="status">
      ${view.t.errors.dropped(this.parsed.dropped.length)}
      ${this.parsed.dropped.map((p) => describeProblem(p, view.locale)).join(view.t.frame.sentenceGap)}
    </div>`;
  }

  protected renderTable(table: TableModel): TemplateResult {
    return html`<table part="table">
      <caption>${table.caption}</caption>
      <thead><tr>${table.headers.map((h, i) => html`<th scope="col" class=${i === 1 ? 'number' : ''}>${h}</th>`)}</tr></thead>
      <tbody>
        ${table.cells.map(
          ([name, value, note, source]) => html`<tr><th scope="row">${name}</th><td class="number">${value}</td><td>${note}</td><td class="source">${source}</td></tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderFooter(view: WidgetView, frame: FrameText, failed: boolean): TemplateResult {
    const t = view.t.frame;
    const dropped = this.parsed.dropped;
    const notes = this.notes ? [this.notes] : frame.notes;
    const droppedNote = dropped.length
      ? [view.t.errors.dropped(dropped.length), ...dropped.map((p) => describeProblem(p, view.locale))].join(t.sentenceGap)
      : '';
    const allNotes = [...notes, droppedNote].filter(Boolean);
    return html`<footer>
      <p class="notes" part="notes" ?hidden=${!allNotes.length}><slot name="notes">${allNotes.join(t.sentenceGap)}</slot></p>
      <p part="source"><slot name="source">${t.sourceLine(this.sourceLine ?? frame.source)}</slot></p>
      ${this.byline ? html`<p part="byline"><slot name="byline">${this.byline}</slot></p>` : html`<slot name="byline"></slot>`}
      ${failed ? nothing : html`<div class="actions" part="actions">
        ${this.noTable ? nothing : html`<button type="button" aria-pressed=${this.showTable ? 'true' : 'false'} @click=${this.toggleTable}>${this.showTable ? t.showChart : t.showTable}</button>`}
        ${this.noCsv ? nothing : actionButton(t.downloadCsv, t.csvShort, this.downloadCsv)}
        ${this.noPng || !this.canDownloadPng() || this.showTable ? nothing : actionButton(t.downloadPng, t.pngShort, this.downloadPng)}
      </div>`}
    </footer>`;
  }

  private toggleTable(): void {
    this.showTable = !this.showTable;
  }
}
