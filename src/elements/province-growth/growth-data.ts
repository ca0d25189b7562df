import type { Locale, TradeDatum } from '../../core/types.js';
import { figureRow, type FigureFile } from '../../core/figures.js';
import totals from '../../../data/regional-totals-2025.json';

const figures = (totals as FigureFile).figures;

/** The regions with a sourced 2025 growth rate. Hubei has none (DATA.md), so it is left out, not guessed. */
export const RATE_FIGURES = ['anhui-trade-growth-2025', 'henan-trade-growth-2025'].map((id) => figures[id]);

/** China's 2025 rate: the default reference line. */
export const NATIONAL_RATE = figures['china-trade-growth-2025'];

/** Anhui's two sourced full-year totals; 2021–2024 are not in the sources. */
export const CLIMB_FIGURES = ['anhui-trade-2020', 'anhui-trade-2025'].map((id) => figures[id]);

/** Partial periods: named in a note only, never placed on a full-year axis. */
export const PARTIAL_RATES = { janAug: figures['anhui-trade-growth-2025-01-08'], december: figures['anhui-trade-growth-2025-12'] };

export function defaultRateRows(locale: Locale): TradeDatum[] {
  return RATE_FIGURES.map((figure) => figureRow(figure, locale));
}

/** Rows named by their year; `note2020` explains how the source dates the first value. */
export function defaultClimbRows(locale: Locale, note2020: string): TradeDatum[] {
  return CLIMB_FIGURES.map((figure) => figureRow(figure, locale, { label: figure.period, ...(figure.period === '2020' ? { note: note2020 } : {}) }));
}
