import type { Row } from './types.js';
import type { WidgetView } from './widget-element.js';

/** One note per honest-data flag present in the rows, naming the rows that carry it. */
export function flagNotes(view: WidgetView): string[] {
  const { t } = view;
  const names = (pick: (row: Row) => boolean | undefined) =>
    view.rows.filter(pick).map((row) => row.name).join(t.frame.listSeparator);
  const notes: string[] = [];
  for (const flag of ['lowerBound', 'approximate', 'derived', 'partial'] as const) {
    const list = names((row) => row[flag]);
    if (list) notes.push(t.flagNotes[flag](list));
  }
  return notes;
}

/** The source line for user data: the rows' own `source` fields, else "supplied by the publisher". */
export function userSourceLine(view: WidgetView): string {
  const sources = [...new Set(view.rows.map((row) => row.source).filter(Boolean))];
  return sources.length ? sources.join('; ') : view.t.frame.yourData;
}
