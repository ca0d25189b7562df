/** Registers every widget: the CDN entry and `import 'trade-widgets'`. */
export { TradeRanking } from './elements/trade-ranking/trade-ranking.js';
export { ProvinceGrowth } from './elements/province-growth/province-growth.js';
export { ExportMix } from './elements/export-mix/export-mix.js';
export { TradePartners } from './elements/trade-partners/trade-partners.js';
export { TradeFigure } from './elements/trade-figure/trade-figure.js';
export type { TradeDatum, Row, Locale, Theme, DataFlags } from './core/types.js';
export type { TradePointDetail, TradeDataErrorDetail, TradeEventMap } from './core/events.js';
