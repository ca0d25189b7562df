import type { Locale, TradeDatum } from '../../core/types.js';
import { figureRow, type Figure, type FigureFile } from '../../core/figures.js';
import { messagesFor } from '../../core/i18n.js';
import totals from '../../../data/regional-totals-2025.json';
import exports from '../../../data/anhui-exports-2025.json';
import partners from '../../../data/anhui-partners-2025.json';
import industry from '../../../data/anhui-industry.json';
import { formatPeriod, type FigureUnit } from './figure-format.js';

const FIGURES: Record<string, Figure> = Object.assign(
  {},
  ...[totals, exports, partners, industry].map((file) => (file as FigureFile).figures),
);

interface CardDefinition {
  /** The data figure shown. */
  value: string;
  /** Its year-on-year growth figure, when the source gives one. */
  change?: string;
  unit: FigureUnit;
  /** A caveat shown as the frame's note. */
  note?: 'hubeiNote';
}

/** The bundled facts a `figure` attribute can name, each built from data/*.json figure ids. */
export const CARD_FIGURES = {
  'anhui-trade': { value: 'anhui-trade-2025', change: 'anhui-trade-growth-2025', unit: 'yuan-bn' },
  'anhui-exports': { value: 'anhui-exports-2025', unit: 'yuan-bn' },
  'anhui-vehicles': { value: 'anhui-vehicle-exports-2025', unit: 'vehicles' },
  'anhui-new-three': { value: 'anhui-new-three-exports-2025', unit: 'yuan-bn' },
  'anhui-december': { value: 'anhui-trade-2025-12', change: 'anhui-trade-growth-2025-12', unit: 'yuan-bn' },
  'anhui-jan-aug': { value: 'anhui-trade-2025-01-08', change: 'anhui-trade-growth-2025-01-08', unit: 'yuan-bn' },
  'china-trade': { value: 'china-trade-2025', change: 'china-trade-growth-2025', unit: 'yuan-bn' },
  'henan-trade': { value: 'henan-trade-2025', change: 'henan-trade-growth-2025', unit: 'yuan-bn' },
  'hubei-trade': { value: 'hubei-trade-2025', unit: 'yuan-bn', note: 'hubeiNote' },
  'guangdong-trade': { value: 'guangdong-trade-2025', unit: 'yuan-bn' },
  'partners-growth': { value: 'anhui-partners-with-growth-2025', unit: 'count' },
  'belt-road-share': { value: 'anhui-bri-share-of-trade-2025', unit: 'percent' },
  'asean-share': { value: 'anhui-asean-share-of-trade-2025', unit: 'percent' },
  'anhui-industry-2024': { value: 'anhui-industrial-revenue-2024', unit: 'yuan-bn' },
} as const satisfies Record<string, CardDefinition>;

export type FigureId = keyof typeof CARD_FIGURES;
export const FIGURE_IDS = Object.keys(CARD_FIGURES) as FigureId[];
export const DEFAULT_FIGURE: FigureId = 'anhui-trade';

/** The figure id an attribute names (trimmed, any case), or undefined when there is none by that name. */
export function parseFigureId(text: string | undefined | null): FigureId | undefined {
  const wanted = text?.trim().toLowerCase();
  return FIGURE_IDS.find((id) => id === wanted);
}

/** A bundled card: its row (label, value, flags, period, source, note), growth, unit and kicker title. */
export interface BundledCard {
  row: TradeDatum;
  change?: number;
  unit: FigureUnit;
  /** "Anhui · 2025": the place and period, generated from the figure. */
  title: string;
  /** The figures it shows, for the source line. */
  figures: Figure[];
}

export function bundledCard(id: FigureId, locale: Locale): BundledCard {
  const definition: CardDefinition = CARD_FIGURES[id];
  const t = messagesFor(locale);
  const figure = FIGURES[definition.value];
  const change = definition.change ? FIGURES[definition.change] : undefined;
  const extra: Partial<TradeDatum> = { label: t.figure.labels[id] };
  if (definition.note) extra.note = t.figure[definition.note];
  const place = figure.region ? (t.regions[figure.region] ?? figure.region) : '';
  const period = formatPeriod(figure.period, locale);
  return {
    row: figureRow(figure, locale, extra),
    change: change?.value,
    unit: definition.unit,
    title: place ? t.figure.kicker(place, period) : period,
    figures: change ? [figure, change] : [figure],
  };
}
