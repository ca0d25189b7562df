import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ActiveElement, ChartConfiguration, ChartEvent } from 'chart.js';
import { Chart, registerChartParts } from './chart-registry.js';
import { barMarks, type BarMarksSpec, type PointRef } from './plugins/bar-marks.js';

/** Every live chart of every widget: the leak tests count it, nothing else reads it. */
export const liveCharts = new Set<Chart>();

export interface ChartControllerOptions {
  /** Called when the pointer hovers or clicks: the bars under it (maybe none); the element turns them into events. */
  onPointer?: (points: PointRef[], kind: 'hover' | 'click') => void;
}

type ControllerHost = ReactiveControllerHost & HTMLElement;

/**
 * Owns one Chart.js instance and nothing else: creates it on the first `sync` with a sized canvas,
 * updates it in place afterwards (no animation after the first draw), destroys it on disconnect.
 */
export class ChartController implements ReactiveController {
  chart?: Chart<'bar'>;
  /** How many times the chart was drawn after creation (theme, font, data or size changes). */
  redraws = 0;
  /** Whether the first draw animated (never under prefers-reduced-motion). */
  animatedFirstDraw = false;
  private canvas?: HTMLCanvasElement;
  private marks?: BarMarksSpec;

  constructor(
    private readonly host: ControllerHost,
    private readonly options: ChartControllerOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Disconnecting destroyed the chart. Moved to a container of the same size, the widget gets no
    // ResizeObserver report and would stay blank: ask for the update that draws it again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /** Draws `config` and `marks` into `canvas` at `width`×`height` CSS pixels: creates, or updates what exists. */
  sync(canvas: HTMLCanvasElement, config: ChartConfiguration<'bar'>, marks: BarMarksSpec, width: number, height: number, animate: boolean, rebuild = false): void {
    if (width <= 0 || height <= 0) return;
    this.marks = marks;
    if (this.chart && (this.canvas !== canvas || rebuild)) {
      this.destroy();
      if (rebuild) {
        this.create(canvas, config, width, height, false);
        this.redraws++;
        return;
      }
    }
    if (!this.chart) {
      this.create(canvas, config, width, height, animate);
      return;
    }
    const chart = this.chart;
    chart.data = config.data;
    chart.options = this.withPointer(config).options!;
    if (chart.width !== width || chart.height !== height) chart.resize(width, height);
    chart.update('none');
    this.redraws++;
  }

  /** Redraws without rebuilding the configuration (keyboard focus moved). */
  draw(): void {
    this.chart?.draw();
  }

  /**
   * A copy of the chart drawn at `ratio` device pixels per CSS pixel (print, PNG), without animation:
   * the chart is re-rendered at that ratio, copied, then put back as it was.
   */
  snapshot(ratio: number): HTMLCanvasElement | undefined {
    const chart = this.chart;
    if (!chart) return undefined;
    chart.stop();
    const options = chart.config.options!;
    const previous = options.devicePixelRatio;
    const redraw = () => {
      chart.resize(chart.width, chart.height);
      chart.update('none');
    };
    options.devicePixelRatio = ratio;
    redraw();
    const copy = document.createElement('canvas');
    copy.width = chart.canvas.width;
    copy.height = chart.canvas.height;
    copy.getContext('2d')!.drawImage(chart.canvas, 0, 0);
    options.devicePixelRatio = previous;
    redraw();
    return copy;
  }

  destroy(): void {
    if (!this.chart) return;
    liveCharts.delete(this.chart);
    this.chart.destroy();
    this.chart = undefined;
    this.canvas = undefined;
  }

  private create(canvas: HTMLCanvasElement, config: ChartConfiguration<'bar'>, width: number, height: number, animate: boolean): void {
    const ChartClass = registerChartParts();
    const options = this.withPointer(config).options!;
    // Size is ours (a ResizeObserver on the widget's box), not Chart.js's window listeners.
    options.responsive = false;
    options.animation = animate ? { duration: 450 } : false;
    if (!this.redraws) this.animatedFirstDraw = animate;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    canvas.width = Math.round(width * (globalThis.devicePixelRatio || 1));
    canvas.height = Math.round(height * (globalThis.devicePixelRatio || 1));
    this.chart = new ChartClass(canvas, { ...config, options, plugins: [barMarks(() => this.marks)] }) as Chart<'bar'>;
    this.canvas = canvas;
    liveCharts.add(this.chart);
    // Later updates never animate: motion only on first draw.
    this.chart.options.animation = false;
  }

  private withPointer(config: ChartConfiguration<'bar'>): ChartConfiguration<'bar'> {
    const options = { ...config.options };
    const notify = this.options.onPointer;
    if (notify) {
      const pick = (elements: ActiveElement[]): PointRef[] => elements.map(({ datasetIndex, index }) => ({ datasetIndex, index }));
      options.onHover = (_event: ChartEvent, elements: ActiveElement[]) => notify(pick(elements), 'hover');
      options.onClick = (_event: ChartEvent, elements: ActiveElement[]) => notify(pick(elements), 'click');
    }
    return { ...config, options };
  }
}
