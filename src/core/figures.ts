import type { Locale, TradeDatum } from './types.js';
import sources from '../../data/sources.json';

/** One sourced figure as stored in `data/*.json` (the citation fields are checked by tests/unit/data.test.ts). */
export interface Figure {
  value: number;
  unit: string;
  period: string;
  region?: string;
  source: string;
  lowerBound?: boolean;
  approximate?: boolean;
  partial?: boolean;
  derived?: { from: string[]; how: string };
}

export interface FigureFile {
  topic: string;
  figures: Record<string, Figure>;
}

type SourceId = keyof typeof sources;

/** A source's short citation ("China Daily Brief, 2026") in the widget's language. */
export function sourceCitation(id: string, locale: Locale): string {
  const source = sources[id as SourceId];
  return source ? source.short[locale] : id;
}

/** The citations of several figures, each once, in order. */
export function citations(figures: Figure[], locale: Locale): string {
  return [...new Set(figures.map((f) => sourceCitation(f.source, locale)))].join('; ');
}

/** A figure as a data row, with its flags and source; `label` replaces the region name. */
export function figureRow(figure: Figure, locale: Locale, extra: Partial<TradeDatum> = {}): TradeDatum {
  const row: TradeDatum = { value: figure.value, period: figure.period, source: sourceCitation(figure.source, locale), ...extra };
  if (figure.region && !row.label) row.region = figure.region;
  if (figure.lowerBound) row.lowerBound = true;
  if (figure.approximate) row.approximate = true;
  if (figure.partial) row.partial = true;
  if (figure.derived) row.derived = true;
  return row;
}
