import type { Locale, TradeDatum } from '../../core/types.js';
import type { Messages } from '../../core/i18n.js';
import { figureRow, type FigureFile } from '../../core/figures.js';
import { formatYuan } from '../../core/format.js';
import exportsFile from '../../../data/anhui-exports-2025.json';

const figures = (exportsFile as FigureFile).figures;

export const EXPORTS = figures['anhui-exports-2025'];
export const IMPORTS = figures['anhui-imports-2025'];
export const NEW_THREE = figures['anhui-new-three-exports-2025'];

/**
 * The parts of Anhui's 2025 exports that add up to the whole: electric vehicles (sourced), batteries and PV
 * (new three minus EVs, derived) and everything else (exports minus new three, derived).
 */
export const SEGMENT_FIGURES = ['anhui-ev-exports-2025', 'anhui-batteries-pv-exports-2025', 'anhui-other-exports-2025'].map((id) => figures[id]);

/** Row keys of the segments that make up the "new three". */
export const NEW_THREE_KEYS = ['ev', 'batteries-pv'] as const;
const SEGMENT_KEYS = [...NEW_THREE_KEYS, 'other'] as const;

/**
 * Mechanical and electrical goods' share of exports: "over 70%", a lower bound that contains the new three.
 * It is never a segment: the chart draws it as an annotation.
 */
export const ME_SHARE = figures['anhui-me-share-of-exports-2025'];

export const BALANCE_FIGURES = [EXPORTS, IMPORTS];

export function defaultSegmentRows(locale: Locale, t: Messages['exportMix']): TradeDatum[] {
  const names = { ev: t.ev, 'batteries-pv': t.batteriesPv, other: t.other };
  const newThree = formatYuan(NEW_THREE.value, locale, 2);
  // How each derived part was computed goes into the table's note column.
  const notes = { ev: undefined, 'batteries-pv': t.batteriesPvNote(newThree), other: t.otherNote(formatYuan(EXPORTS.value, locale, 2), newThree) };
  // `region` keeps the key stable across languages (highlight="ev"); `label` is what a reader sees.
  return SEGMENT_FIGURES.map((figure, index) => {
    const key = SEGMENT_KEYS[index];
    return figureRow(figure, locale, { region: key, label: names[key], ...(notes[key] ? { note: notes[key] } : {}) });
  });
}

export function defaultBalanceRows(locale: Locale, t: Messages['exportMix']): TradeDatum[] {
  return [
    figureRow(EXPORTS, locale, { region: 'exports', label: t.exportsLabel }),
    figureRow(IMPORTS, locale, { region: 'imports', label: t.importsLabel }),
  ];
}
