import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/export-mix/export-mix.js';
import { en } from '../src/core/locales/en.js';
import { renderWidget, sharedArgTypes, variantStories, type WidgetArgs } from './widget-story.js';

interface MixArgs extends WidgetArgs {
  view?: 'new-three' | 'balance';
}

const meta: Meta<MixArgs> = {
  title: 'Widgets/export-mix',
  component: 'export-mix',
  render: (args) => renderWidget('export-mix', args),
  argTypes: {
    ...sharedArgTypes,
    view: { control: { type: 'inline-radio', labels: { 'new-three': en.exportMix.views.newThree, balance: en.exportMix.views.balance } }, options: ['new-three', 'balance'] },
    data: {
      control: 'text',
      description: 'JSON rows in billion yuan. new-three: the parts of one whole (at most 6), [{"label": "Machinery", "value": 300}]; balance: [{"label": "Exports", "value": 682.31}]',
    },
  },
  args: { view: 'new-three', theme: 'light', eager: true },
};
export default meta;

type Story = StoryObj<MixArgs>;

/** The new-three view: 2025 exports as one 100% bar, derived parts hatched, the "over 70%" M&E share as a line. */
export const Default: Story = {};

/** The balance view: exports and imports, their sum (derived) in the subtitle. */
export const Balance: Story = { args: { ...meta.args, view: 'balance' } };

const variants = variantStories(meta.args as MixArgs);
export const Dark: Story = variants.Dark;
export const Chinese: Story = variants.Chinese;
export const Narrow: Story = variants.Narrow;
export const Wide: Story = variants.Wide;
export const Table: Story = variants.Table;

export const BalanceChinese: Story = { args: { ...Balance.args, lang: 'zh-CN' } };

/** A newsroom's own parts of a whole through the `data` attribute: shares are computed from their sum. */
export const OwnData: Story = {
  args: {
    ...meta.args,
    heading: 'What the province exported, 2025',
    'source-line': 'Provincial customs office',
    data: JSON.stringify([
      { label: 'Machinery', value: 300 },
      { label: 'Textiles', value: 120 },
      { label: 'Chemicals', value: 90 },
      { label: 'Other', value: 140, derived: true, note: 'Total minus the parts above' },
    ]),
  },
};

/** An unknown view: a console warning, and the new three are drawn. */
export const UnknownView: Story = { args: { ...meta.args, view: 'pie' as MixArgs['view'] } };

/** Bad input: a visible message, a console warning, nothing thrown. */
export const MalformedData: Story = { args: { ...meta.args, data: '[{"label": "Exports", "value": }]' } };
