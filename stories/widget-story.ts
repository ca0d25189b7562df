import type { ArgTypes } from '@storybook/web-components-vite';

/** The attributes every widget shares, as Storybook args (one to one with the element's attributes). */
export interface WidgetArgs {
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  highlight?: string;
  heading?: string;
  subtitle?: string;
  'source-line'?: string;
  notes?: string;
  byline?: string;
  data?: string;
  src?: string;
  height?: number;
  'aspect-ratio'?: string;
  'no-table'?: boolean;
  'no-csv'?: boolean;
  'no-png'?: boolean;
  'show-table'?: boolean;
  eager?: boolean;
  /** Not an attribute: the width of the column the widget sits in. */
  columnWidth?: number;
  [attribute: string]: unknown;
}

export const sharedArgTypes: ArgTypes<WidgetArgs> = {
  lang: { control: 'inline-radio', options: ['', 'en', 'zh-CN'] },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  highlight: { control: 'text' },
  heading: { control: 'text' },
  subtitle: { control: 'text' },
  'source-line': { control: 'text' },
  notes: { control: 'text' },
  byline: { control: 'text' },
  data: { control: 'text', description: 'JSON rows: [{"region": "Anhui", "value": 1013.6}]' },
  src: { control: 'text' },
  height: { control: { type: 'number', min: 0, step: 20 } },
  'aspect-ratio': { control: 'text' },
  'no-table': { control: 'boolean' },
  'no-csv': { control: 'boolean' },
  'no-png': { control: 'boolean' },
  'show-table': { control: 'boolean' },
  eager: { control: 'boolean' },
  columnWidth: { control: { type: 'range', min: 280, max: 1200, step: 20 }, description: 'Width of the host column (not an attribute)' },
};

/**
 * Builds `<div column><tag …attributes></div>` from args: booleans become present/absent attributes,
 * `--trade-*` args the element's CSS custom properties (the theming controls).
 */
export function renderWidget(tag: string, args: WidgetArgs): HTMLElement {
  const { columnWidth = 680, ...attributes } = args;
  const column = document.createElement('div');
  column.style.maxWidth = `${columnWidth}px`;
  column.style.fontFamily = "system-ui, 'Noto Sans CJK SC', sans-serif";
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === '' || value === false || value === null || typeof value === 'object') continue;
    if (name.startsWith('--')) element.style.setProperty(name, String(value));
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  column.append(element);
  return column;
}

/** The variants every widget's stories show: dark, Chinese, a phone column, a wide column. */
export function variantStories<A extends WidgetArgs>(base: A) {
  return {
    Dark: { args: { ...base, theme: 'dark' as const } },
    Chinese: { args: { ...base, lang: 'zh-CN' } },
    Narrow: { args: { ...base, columnWidth: 320 } },
    Wide: { args: { ...base, columnWidth: 1100 } },
    Table: { args: { ...base, 'show-table': true } },
  };
}
