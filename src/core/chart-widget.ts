import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { TradeWidget, type WidgetView } from './widget-element.js';
import { ChartController } from './chart-controller.js';
import { BoxController } from './box-controller.js';
import { COMPACT_WIDTH, type ChartBuild, type ChartContext } from './chart-options.js';
import type { PointRef } from './plugins/bar-marks.js';
import { prefersReducedMotion, readFont, readPalette } from './theme.js';
import { describeFlags, formatRowValue } from './format.js';
import { downloadBlob } from './download.js';
import type { PageSignal } from './page-signals.js';

/** Whether the page has the family's faces loaded. A detached widget has no family; `check` throws on that. */
function fontLoaded(family: string, size: number): boolean {
  if (!family || typeof document.fonts?.check !== 'function') return true;
  try {
    return document.fonts.check(`${size}px ${family}`);
  } catch {
    return true;
  }
}

/** Resolution of the print snapshot and the PNG download, in device pixels per CSS pixel. */
const PRINT_RATIO = 3;
const PNG_RATIO = 2;

/**
 * A widget that draws a Chart.js bar chart: lazy creation near the viewport, size from its own box,
 * theme and late web fonts followed, keyboard navigation with announcements, print and PNG snapshots.
 * Elements implement `chartConfig` only (plus the frame hooks of TradeWidget).
 */
export abstract class TradeChartWidget extends TradeWidget {
  /** Draw immediately instead of when the widget comes near the viewport. */
  @property({ type: Boolean }) eager = false;

  @state() private announcement = '';
  @query('.canvas-box') private canvasBox?: HTMLElement;
  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('.print-image') private printImage?: HTMLImageElement;
  @query('.probe') private probe?: HTMLElement;

  /** The controller owning the Chart.js instance (public for tests and advanced users). */
  readonly chartController = new ChartController(this, { onPointer: (points, kind) => this.pointer(points, kind) });
  private readonly box = new BoxController(this);
  private points: PointRef[] = [];
  private focusIndex: number | null = null;
  private drawnSignature = '';
  private fontSignature = '';

  /** Maps the current view to a Chart.js configuration and the bar of each row. */
  protected abstract chartConfig(view: WidgetView, context: ChartContext): ChartBuild;

  /** Extra state that changes the chart beyond rows/locale/theme (e.g. a `view` attribute). */
  protected chartSignature(): string {
    return '';
  }

  /** The Chart.js instance, once drawn (for tests and advanced users). */
  get chart() {
    return this.chartController.chart;
  }

  /** The PNG button is there from the start (it does nothing until the chart exists): no shift in the footer. */
  protected override canDownloadPng(): boolean {
    return true;
  }

  protected override onPageSignal(signal: PageSignal): void {
    if (signal === 'print') this.printChart();
    else if (signal === 'fonts') {
      // Redraw only when the inherited family's load state actually changed (DESIGN.md, late fonts).
      if (this.currentFontSignature() !== this.fontSignature) this.requestUpdate();
    } else this.requestUpdate();
  }

  private currentFontSignature(font = readFont(this)): string {
    return `${font.family}|${font.size}|${fontLoaded(font.family, font.size)}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const box = this.canvasBox;
    if (box) this.box.observe(box);
    const near = this.eager || this.box.nearViewport;
    if (!near) return;
    this.maybeFetch();
    this.drawChart();
  }

  private drawChart(): void {
    const canvas = this.canvas;
    const probe = this.probe;
    const boxElement = this.canvasBox;
    // Measured now, not taken from the last ResizeObserver report: when a late font reflows the frame
    // text, the redraw it triggers already uses the new size, so one font arrival is one redraw.
    // A closed <details> lays its content out but does not show it: checkVisibility() tells.
    const shown = boxElement && (typeof boxElement.checkVisibility !== 'function' || boxElement.checkVisibility());
    const width = shown ? boxElement.clientWidth : 0;
    const height = shown ? boxElement.clientHeight : 0;
    if (!canvas || !probe || width <= 0 || height <= 0 || !this.parsed.rows.length) return;
    const view = this.currentView;
    const palette = readPalette(this, probe);
    const font = readFont(this);
    const previousFont = this.fontSignature;
    this.fontSignature = this.currentFontSignature(font);
    const signature = JSON.stringify([view.rows, view.locale, view.highlight, palette, this.fontSignature, width, height, this.chartSignature()]);
    if (signature === this.drawnSignature && this.chart) return;
    const compact = width < COMPACT_WIDTH;
    // A phone column gets smaller chart text, so category labels and values keep their room.
    if (compact) font.size = Math.max(11, Math.min(font.size, 12));
    const context: ChartContext = { palette, font, width, compact, focus: () => this.focusedPoint() };
    const build = this.chartConfig(view, context);
    this.points = build.points;
    if (this.focusIndex !== null && this.focusIndex >= this.points.length) this.focusIndex = null;
    const first = !this.chart;
    // Chart.js caches label widths per font string, which stays the same when a web font arrives:
    // a new instance measures the labels in the face that is now there (no clipped labels).
    const fontArrived = !first && previousFont !== this.fontSignature;
    this.chartController.sync(canvas, build.config, build.marks, width, height, first && !prefersReducedMotion(), fontArrived);
    this.drawnSignature = signature;
    this.emit('trade-ready');
  }

  private focusedPoint(): PointRef | null {
    return this.focusIndex === null ? null : this.points[this.focusIndex] ?? null;
  }

  // ---- pointer and keyboard -----------------------------------------------------------------

  private rowIndexOf(point: PointRef | null): number {
    if (!point) return -1;
    return this.points.findIndex((p) => p.datasetIndex === point.datasetIndex && p.index === point.index);
  }

  /** The first bar under the pointer that draws a row (a background track draws none). */
  private pointer(points: PointRef[], kind: 'hover' | 'click'): void {
    const index = points.map((point) => this.rowIndexOf(point)).find((i) => i >= 0) ?? -1;
    const row = this.parsed.rows[index];
    if (kind === 'click') {
      if (row) this.emit('trade-select', { row, index });
    } else this.emit('trade-hover', row ? { row, index } : null);
  }

  /** The words announced for a focused row: name, value, rank, flags. */
  protected describeRow(view: WidgetView, index: number): string {
    const row = view.rows[index];
    const flags = describeFlags(row, view.locale);
    const parts = [`${row.name}: ${formatRowValue(row, this.valueKind, view.locale)}`, this.position(view, index)];
    if (flags) parts.push(flags);
    if (row.note) parts.push(row.note);
    return parts.join(view.locale === 'zh-CN' ? '，' : ', ');
  }

  /** Where the focused row sits: "2 of 4"; a ranking says "rank 2 of 4". */
  protected position(view: WidgetView, index: number): string {
    return view.t.frame.itemOf(index + 1, view.rows.length);
  }

  private moveFocus(index: number | null): void {
    const chart = this.chart;
    this.focusIndex = index;
    const point = this.focusedPoint();
    if (chart) {
      const active = point ? [point] : [];
      chart.setActiveElements(active);
      chart.update('none');
    }
    const view = this.currentView;
    this.announcement = index === null ? '' : this.describeRow(view, index);
    const row = index === null ? undefined : view.rows[index];
    this.emit('trade-hover', row ? { row, index: index! } : null);
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this.points.length;
    if (!count) return;
    const current = this.focusIndex;
    let next: number | null | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = current === null ? 0 : Math.min(current + 1, count - 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = current === null ? 0 : Math.max(current - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Escape':
        next = null;
        break;
      case 'Enter':
      case ' ':
        if (current !== null) {
          event.preventDefault();
          this.emit('trade-select', { row: this.parsed.rows[current], index: current });
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.moveFocus(next);
  }

  private onBlur(): void {
    if (this.focusIndex !== null) this.moveFocus(null);
  }

  // ---- print and PNG ------------------------------------------------------------------------

  /** A hi-res copy of the chart, without the keyboard focus ring. */
  private snapshot(ratio: number): HTMLCanvasElement | undefined {
    const focus = this.focusIndex;
    this.focusIndex = null;
    const copy = this.chartController.snapshot(ratio);
    this.focusIndex = focus;
    this.chartController.draw();
    return copy;
  }

  /**
   * A printed article shows every chart, also those the reader never scrolled near: a lazy widget
   * draws now (synchronously: the print layout is taken right after this signal), then snapshots.
   */
  private printChart(): void {
    if (!this.chart) {
      this.box.markNear();
      this.maybeFetch();
      this.drawChart();
    }
    this.snapshotForPrint();
  }

  private snapshotForPrint(): void {
    const image = this.printImage;
    const copy = this.snapshot(PRINT_RATIO);
    if (image && copy) image.src = copy.toDataURL('image/png');
  }

  /**
   * The PNG download's picture: the chart at 2× with title, subtitle, notes and source burned in.
   * The composer loads on first use: most readers never download.
   */
  async pngCanvas(): Promise<HTMLCanvasElement | undefined> {
    const { composePng } = await import('./png.js');
    const copy = this.snapshot(PNG_RATIO);
    const probe = this.probe;
    if (!copy || !probe || !this.chart) return undefined;
    const view = this.currentView;
    const frame = this.frameText(view);
    const t = view.t.frame;
    return composePng(
      copy,
      this.chart.width,
      {
        title: this.heading ?? frame.title,
        subtitle: this.subtitle ?? frame.subtitle,
        notes: this.notes ?? frame.notes.join(t.sentenceGap),
        source: t.sourceLine(this.sourceLine ?? frame.source),
      },
      readPalette(this, probe),
      readFont(this),
      PNG_RATIO,
    );
  }

  protected override downloadPng(): void {
    void this.pngCanvas().then((canvas) =>
      canvas?.toBlob((blob) => {
        if (blob) downloadBlob(this.fileName('png'), blob);
      }, 'image/png'),
    );
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override renderVisual(view: WidgetView): TemplateResult {
    const t = view.t.frame;
    const title = this.heading ?? this.frameText(view).title;
    return html`
      <div
        class="canvas-box"
        tabindex="0"
        role="group"
        aria-roledescription=${view.locale === 'zh-CN' ? '图表' : 'chart'}
        aria-label=${title}
        aria-describedby="summary"
        @keydown=${this.onKeydown}
        @blur=${this.onBlur}
      >
        <canvas role="img" aria-label=${t.chartLabel(title)}></canvas>
        <img class="print-image" alt="" />
      </div>
      <p id="summary" class="sr-only">${this.summary(view)}${t.sentenceGap}${t.keyboardHint}</p>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement || nothing}</div>
      <span class="probe" aria-hidden="true"></span>
    `;
  }
}
