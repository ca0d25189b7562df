/** The languages the widgets speak. Adding one is one file in `locales/` plus one line in `i18n.ts`. */
export type Locale = 'en' | 'zh-CN';

/** Honest-data flags a figure can carry; each is drawn on the chart and named in the table. */
export interface DataFlags {
  /** The true value is higher ("more than 9 trillion"): drawn open-ended, never as an exact bar. */
  lowerBound?: boolean;
  /** An approximate figure ("around 5.5 trillion"). */
  approximate?: boolean;
  /** Computed by the project from other figures, not quoted by a source. */
  derived?: boolean;
  /** Covers part of a period only (January–August, one month). */
  partial?: boolean;
}

/**
 * One row of a widget's data, as a user passes it (property, `data` attribute or `src`).
 * `region` is a known id (`anhui`, `henan`, …: translated) or any text; `label` overrides the shown name.
 */
export interface TradeDatum extends DataFlags {
  region?: string;
  label?: string;
  value: number;
  source?: string;
  note?: string;
  period?: string;
}

/** A validated row, ready to draw: the name is resolved for the widget's locale. */
export interface Row extends DataFlags {
  key: string;
  name: string;
  value: number;
  source?: string;
  note?: string;
  period?: string;
}

/** What was wrong with the input; `describeProblem` turns it into words in the widget's locale. */
export type ProblemCode =
  | 'json'
  | 'csv'
  | 'notArray'
  | 'empty'
  | 'tooMany'
  | 'rowNotObject'
  | 'noName'
  | 'noValue'
  | 'notNumber'
  | 'negative'
  | 'tooLarge'
  | 'duplicate'
  | 'badAttribute'
  | 'fetchFailed'
  | 'fetchTimeout'
  | 'fetchHtml'
  | 'fetchTooLarge';

export interface DataProblem {
  code: ProblemCode;
  /** One-based row number, as an editor counts rows in a spreadsheet. */
  row?: number;
  field?: string;
  /** The offending value or the parser's words, shown as text (never as HTML). */
  detail?: string;
  /** A number the message needs (row count, seconds, megabytes). */
  count?: number;
  /** The limit that `count` broke. */
  limit?: number;
  /** For `badAttribute`: the values the attribute accepts, listed for the editor. */
  allowed?: string;
}

export type Theme = 'light' | 'dark' | 'auto';
