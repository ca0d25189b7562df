import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/province-growth/province-growth.js';
import { en } from '../src/core/locales/en.js';
import { renderWidget, sharedArgTypes, variantStories, type WidgetArgs } from './widget-story.js';

interface GrowthArgs extends WidgetArgs {
  view?: 'rates' | 'climb';
  reference?: number;
}

const meta: Meta<GrowthArgs> = {
  title: 'Widgets/province-growth',
  component: 'province-growth',
  render: (args) => renderWidget('province-growth', args),
  argTypes: {
    ...sharedArgTypes,
    view: { control: { type: 'inline-radio', labels: en.growth.views }, options: ['rates', 'climb'] },
    reference: {
      control: { type: 'number', step: 0.5 },
      description: 'Reference line of the rates view, in percent (default: China, +3.8%, with the bundled data); 0 hides it',
    },
    data: {
      control: 'text',
      description: 'JSON rows. rates: [{"region": "Anhui", "value": 17.3}] (percent, may be negative); climb: [{"period": "2020", "value": 545.15}] (billion yuan)',
    },
  },
  args: { view: 'rates', highlight: 'anhui', theme: 'light', eager: true },
};
export default meta;

type Story = StoryObj<GrowthArgs>;

/** The rates view: 2025 growth of the regions with a sourced rate, against China's rate. */
export const Default: Story = {};

/** The climb view: Anhui's totals in 2020 and 2025, the years between left empty, the derived average growth. */
export const Climb: Story = { args: { ...meta.args, view: 'climb', highlight: undefined } };

const variants = variantStories(meta.args as GrowthArgs);
export const Dark: Story = variants.Dark;
export const Chinese: Story = variants.Chinese;
export const Narrow: Story = variants.Narrow;
export const Wide: Story = variants.Wide;
export const Table: Story = variants.Table;

export const ClimbChinese: Story = { args: { ...Climb.args, lang: 'zh-CN' } };
export const ClimbNarrow: Story = { args: { ...Climb.args, columnWidth: 320 } };

/** `reference="0"` hides the national line. */
export const NoReference: Story = { args: { ...meta.args, reference: 0 } };

/** A newsroom's own rates, a fall included, against its own reference line. */
export const OwnData: Story = {
  args: {
    ...meta.args,
    heading: 'Trade growth in selected provinces, 2025',
    reference: 3.8,
    'source-line': 'Provincial customs offices',
    data: JSON.stringify([
      { region: 'Anhui', value: 17.3 },
      { region: 'Henan', value: 14.1 },
      { label: 'Province X', value: -2.4, note: 'Illustrative value' },
    ]),
  },
};

/** A newsroom's own years: gaps stay empty, and the average growth is derived from the first and last. */
export const OwnYears: Story = {
  args: {
    ...Climb.args,
    heading: 'Foreign trade, 2019–2025',
    data: JSON.stringify([
      { period: '2019', value: 400, note: 'Illustrative value' },
      { period: '2020', value: 545.15 },
      { period: '2025', value: 1013.6 },
    ]),
  },
};

/** An unknown view: a console warning, and the rates are drawn. */
export const UnknownView: Story = { args: { ...meta.args, view: 'pie' as GrowthArgs['view'] } };

/** Bad input: a visible message, a console warning, nothing thrown. */
export const MalformedData: Story = { args: { ...meta.args, data: '[{"region": "Anhui", "value": }]' } };
