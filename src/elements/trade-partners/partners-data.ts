import type { Locale, TradeDatum } from '../../core/types.js';
import { figureRow, type Figure, type FigureFile } from '../../core/figures.js';
import { messagesFor } from '../../core/i18n.js';
import { formatPercent, formatYuan } from '../../core/format.js';
import partners from '../../../data/anhui-partners-2025.json';
import totals from '../../../data/regional-totals-2025.json';

const partnerFigures = (partners as FigureFile).figures;

/** ASEAN, Anhui's largest partner, 2025 (bn yuan). */
export const ASEAN_TRADE: Figure = partnerFigures['anhui-asean-trade-2025'];
/** ASEAN's share of Anhui's trade: derived by the project (its record carries the flag and source). */
export const ASEAN_SHARE: Figure = partnerFigures['anhui-asean-share-of-trade-2025'];
/** Belt-and-Road economies, 2025 (bn yuan). */
export const BELT_ROAD_TRADE: Figure = partnerFigures['anhui-bri-trade-2025'];
/** Belt-and-Road economies' share of Anhui's trade, as the source gives it (54%). */
export const BELT_ROAD_SHARE: Figure = partnerFigures['anhui-bri-share-of-trade-2025'];
/** Countries and regions with which Anhui's trade grew in 2025. */
export const PARTNERS_WITH_GROWTH: Figure = partnerFigures['anhui-partners-with-growth-2025'];
/** Anhui's total trade, 2025 (bn yuan): the whole every share is of. */
export const ANHUI_TOTAL: Figure = (totals as FigureFile).figures['anhui-trade-2025'];

/** Every figure the default chart shows or computes from, for the source line. */
export const PARTNER_FIGURES: Figure[] = [ASEAN_TRADE, BELT_ROAD_TRADE, BELT_ROAD_SHARE, PARTNERS_WITH_GROWTH, ANHUI_TOTAL];

/** A share is a percentage of one whole: never more than this. */
export const SHARE_MAX = 100;

/** `part` as a percentage of `whole`, rounded to `decimals` (NaN when the whole is not positive). */
export function shareOf(part: number, whole: number, decimals = 2): number {
  if (!(whole > 0) || !Number.isFinite(part)) return Number.NaN;
  const factor = 10 ** decimals;
  return Math.round((part / whole) * 100 * factor) / factor;
}

/** ASEAN's share of Anhui's total trade, computed from the two sourced amounts (13.96%). */
export function aseanShare(): number {
  return shareOf(ASEAN_TRADE.value, ANHUI_TOTAL.value, 2);
}

/** The Belt-and-Road share recomputed from the amounts (54.3%): a cross-check of the sourced 54%. */
export function beltRoadShareCheck(): number {
  return shareOf(BELT_ROAD_TRADE.value, ANHUI_TOTAL.value, 1);
}

/**
 * The default rows: ASEAN's share (derived, computed here) and the Belt-and-Road share (sourced),
 * each with its amount in the note. They overlap (ASEAN members are Belt-and-Road partners).
 */
export function defaultPartnerRows(locale: Locale): TradeDatum[] {
  const t = messagesFor(locale).partners;
  return [
    figureRow(ASEAN_SHARE, locale, {
      region: 'asean',
      label: t.asean,
      value: aseanShare(),
      note: t.aseanNote(formatYuan(ASEAN_TRADE.value, locale, 2)),
    }),
    figureRow(BELT_ROAD_SHARE, locale, {
      region: 'belt-and-road',
      label: t.beltRoad,
      note: t.beltRoadNote(
        formatYuan(BELT_ROAD_TRADE.value, locale, 2),
        formatPercent(BELT_ROAD_SHARE.value, locale),
        formatPercent(beltRoadShareCheck(), locale),
      ),
    }),
  ];
}
