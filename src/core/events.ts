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

declare global {
  interface HTMLElementEventMap {
    'trade-hover': CustomEvent<TradePointDetail | null>;
    'trade-select': CustomEvent<TradePointDetail>;
    'trade-ready': CustomEvent<void>;
    'trade-data-error': CustomEvent<TradeDataErrorDetail>;
  }
}
