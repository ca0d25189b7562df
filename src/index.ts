/** Registers every widget: the CDN entry and `import 'trade-widgets'`. */
export { TradeRanking } from './elements/trade-ranking/trade-ranking.js';
export type { TradeDatum, Row, Locale, Theme, DataFlags } from './core/types.js';
export type { TradePointDetail, TradeDataErrorDetail } from './core/events.js';
