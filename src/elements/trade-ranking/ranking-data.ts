import type { Locale, TradeDatum } from '../../core/types.js';
import { figureRow, type FigureFile } from '../../core/figures.js';
import totals from '../../../data/regional-totals-2025.json';

const figures = (totals as FigureFile).figures;

/** The regions with a sourced 2025 total: Guangdong (lower bound), Anhui, Henan, Hubei. */
export const RANKED_FIGURES = ['guangdong-trade-2025', 'anhui-trade-2025', 'henan-trade-2025', 'hubei-trade-2025'].map((id) => figures[id]);

export function defaultRankingRows(locale: Locale, hubeiNote: string): TradeDatum[] {
  return RANKED_FIGURES.map((figure) => figureRow(figure, locale, figure.region === 'hubei' ? { note: hubeiNote } : {}));
}

