import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/trade-figure/trade-figure.js';
import { FIGURE_IDS } from '../src/elements/trade-figure/figure-data.js';
import { FIGURE_UNITS } from '../src/elements/trade-figure/figure-format.js';
import { renderWidget, sharedArgTypes, variantStories, type WidgetArgs } from './widget-story.js';

interface FigureArgs extends WidgetArgs {
  figure?: string;
  value?: string;
  unit?: string;
  label?: string;
  change?: string;
  period?: string;
  'lower-bound'?: boolean;
  approximate?: boolean;
  partial?: boolean;
  derived?: boolean;
}

// A card has no canvas: no lazy drawing, no highlight, no PNG.
const { eager: _eager, highlight: _highlight, 'no-png': _noPng, ...cardArgTypes } = sharedArgTypes;

const meta: Meta<FigureArgs> = {
  title: 'Widgets/trade-figure',
  component: 'trade-figure',
  render: (args) => renderWidget('trade-figure', args),
  argTypes: {
    ...cardArgTypes,
    // Inherited from the widget base, without effect on a card: no controls for them here.
    highlight: { table: { disable: true } },
    'no-png': { table: { disable: true } },
    figure: { control: 'select', options: ['', ...FIGURE_IDS], description: 'A bundled, sourced fact' },
    value: { control: 'text', description: 'The number itself (replaces figure), in the unit below' },
    unit: { control: 'inline-radio', options: ['', ...FIGURE_UNITS] },
    label: { control: 'text' },
    change: { control: 'text', description: 'Year-on-year change in percent, e.g. 17.3 or -2.1' },
    period: { control: 'text', description: '2025, 2025-12 or 2025-01/2025-08' },
    'lower-bound': { control: 'boolean' },
    approximate: { control: 'boolean' },
    partial: { control: 'boolean' },
    derived: { control: 'boolean' },
    data: { control: 'text', description: 'JSON rows; the first is shown: [{"region": "Anhui", "value": 1013.6}]' },
  },
  args: { figure: 'anhui-trade', theme: 'light' },
};
export default meta;

type Story = StoryObj<FigureArgs>;

export const Default: Story = {};

const variants = variantStories(meta.args as FigureArgs);
export const Dark: Story = variants.Dark;
export const Chinese: Story = variants.Chinese;
export const Narrow: Story = variants.Narrow;
export const Wide: Story = variants.Wide;
export const Table: Story = variants.Table;

/** One month only: the partial-period mark names the month. */
export const PartialPeriod: Story = { args: { ...meta.args, figure: 'anhui-december' } };

/** January–August, from Hefei Customs: a partial period with its own source. */
export const JanuaryToAugust: Story = { args: { ...meta.args, figure: 'anhui-jan-aug' } };

/** Guangdong: "more than 9 trillion yuan", a lower bound, never an exact 9. */
export const LowerBound: Story = { args: { ...meta.args, figure: 'guangdong-trade' } };

/** Hubei: the consistent value, no growth rate, and the note on the source's contradiction. */
export const Contradiction: Story = { args: { ...meta.args, figure: 'hubei-trade' } };

/** Vehicles exported: a count, in millions (万 in Chinese). */
export const Vehicles: Story = { args: { ...meta.args, figure: 'anhui-vehicles' } };

/** A share computed by the project: the derived mark. */
export const Derived: Story = { args: { ...meta.args, figure: 'asean-share' } };

/** A figure given by attributes, as an editor types it into the CMS. */
export const ByAttributes: Story = {
  args: {
    theme: 'light',
    value: '629.43',
    unit: 'yuan-bn',
    label: "Anhui's foreign trade, first eight months",
    change: '13.8',
    period: '2025-01/2025-08',
    partial: true,
    'source-line': 'Hefei Customs, September 2025',
  },
};

/** The shared data contract: the first row is shown. */
export const OwnData: Story = {
  args: {
    theme: 'light',
    unit: 'percent',
    change: '',
    data: JSON.stringify([{ label: 'Share of Anhui\'s trade with Belt-and-Road economies', value: 54, source: 'China Daily Brief, 2026' }]),
  },
};

/** An unknown figure: a visible message and a console warning. */
export const UnknownFigure: Story = { args: { ...meta.args, figure: 'anhui-gdp' } };

/** Every bundled figure, one under the other, in the story's column. */
export const AllFigures: Story = {
  render: (args) => {
    // Block flow, as in an article body (a grid or flex wrapper would size each card from its min-height).
    const column = document.createElement('div');
    for (const figure of FIGURE_IDS) {
      const card = renderWidget('trade-figure', { ...args, figure });
      card.style.marginBottom = '16px';
      column.append(card);
    }
    return column;
  },
};
