import type { ReactiveController, ReactiveControllerHost } from 'lit';

type ControllerHost = ReactiveControllerHost & HTMLElement;

/** Margin around the viewport inside which a widget counts as near enough to draw. */
export const NEAR_VIEWPORT_MARGIN = '300px 0px';

/**
 * Watches one element's size (ResizeObserver: the column, not the window) and whether the widget
 * has come near the viewport (IntersectionObserver). Hidden containers report 0×0, so nothing draws
 * until they open. Both observers stop on disconnect.
 */
export class BoxController implements ReactiveController {
  width = 0;
  height = 0;
  /** Once true it stays true: a chart scrolled away is kept, not rebuilt. */
  nearViewport = false;
  private resize?: ResizeObserver;
  private intersection?: IntersectionObserver;
  private target?: Element;

  constructor(private readonly host: ControllerHost) {
    host.addController(this);
  }

  /** Starts observing `target` (the chart's box). Safe to call on every update. */
  observe(target: Element): void {
    if (this.target === target) return;
    this.stop();
    this.target = target;
    this.resize = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      const width = Math.floor(box.width);
      const height = Math.floor(box.height);
      if (width !== this.width || height !== this.height) {
        this.width = width;
        this.height = height;
        // Next frame, not inside the observer: a redraw here could resize the box again in the same
        // frame, and Chrome then reports "ResizeObserver loop" errors to the host page.
        this.scheduleUpdate();
      }
    });
    this.resize.observe(target);
    if (!this.nearViewport) {
      this.intersection = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            this.markNear();
            this.host.requestUpdate();
          }
        },
        { rootMargin: NEAR_VIEWPORT_MARGIN },
      );
      this.intersection.observe(this.host);
    }
  }

  /** From now on the widget counts as near (it came into view, or the page is being printed). */
  markNear(): void {
    this.nearViewport = true;
    this.intersection?.disconnect();
    this.intersection = undefined;
  }

  hostConnected(): void {
    // Re-observe after a move between containers: `observe` is called again from the next update.
    if (this.target) {
      const target = this.target;
      this.target = undefined;
      this.observe(target);
    }
  }

  hostDisconnected(): void {
    this.stop();
  }

  private pendingFrame = 0;

  private scheduleUpdate(): void {
    if (this.pendingFrame) return;
    this.pendingFrame = requestAnimationFrame(() => {
      this.pendingFrame = 0;
      this.host.requestUpdate();
    });
  }

  private stop(): void {
    if (this.pendingFrame) cancelAnimationFrame(this.pendingFrame);
    this.pendingFrame = 0;
    this.resize?.disconnect();
    this.intersection?.disconnect();
    this.resize = undefined;
    this.intersection = undefined;
  }
}
