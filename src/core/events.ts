import type { Row } from './types.js';

/** `detail` of `trade-hover` and `trade-select`: the row under the pointer or keyboard focus. */
export interface TradePointDetail {
  row: Row;
  index: number;
}

/** `detail` of `trade-data-error`: what was wrong, in words (English) and as codes. */
export interface TradeDataErrorDetail {
  messages: string[];
  fatal: boolean;
}

/** The events every widget dispatches (bubbling and composed, so a page can listen on `document`). */
export interface TradeEventMap {
  'trade-hover': CustomEvent<TradePointDetail | null>;
  'trade-select': CustomEvent<TradePointDetail>;
  'trade-ready': CustomEvent<void>;
  'trade-data-error': CustomEvent<TradeDataErrorDetail>;
}

declare global {
  interface HTMLElementEventMap extends TradeEventMap {}
  interface DocumentEventMap extends TradeEventMap {}
}

/**
 * Dispatches a bubbling, composed event. A function outside the element classes, so the manifest
 * analyzer documents the events from their @event tags instead of guessing one named `name`.
 */
export function dispatchTradeEvent(target: EventTarget, name: string, detail: unknown): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
