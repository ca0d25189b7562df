import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/trade-partners/trade-partners.js';
import { renderWidget, sharedArgTypes, variantStories, type WidgetArgs } from './widget-story.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/trade-partners',
  component: 'trade-partners',
  render: (args) => renderWidget('trade-partners', args),
  argTypes: {
    ...sharedArgTypes,
    data: { control: 'text', description: 'JSON rows, values are shares of total trade in percent: [{"label": "ASEAN", "value": 13.96}]' },
  },
  args: { theme: 'light', eager: true },
};
export default meta;

type Story = StoryObj<WidgetArgs>;

export const Default: Story = {};

const variants = variantStories(meta.args as WidgetArgs);
export const Dark: Story = variants.Dark;
export const Chinese: Story = variants.Chinese;
export const Narrow: Story = variants.Narrow;
export const Wide: Story = variants.Wide;
export const Table: Story = variants.Table;

/** ASEAN emphasised (bold label, highlight colour). */
export const Highlight: Story = { args: { ...meta.args, highlight: 'asean' } };

/** A newsroom's own shares through the `data` attribute: percent of total trade, each on its own track. */
export const OwnData: Story = {
  args: {
    ...meta.args,
    heading: "Anhui's trade by partner group, 2025",
    'source-line': 'China Daily Brief, 2026; shares computed by the newsroom',
    data: JSON.stringify([
      { label: 'Belt-and-Road economies', value: 54, note: '550.33 billion yuan' },
      { label: 'ASEAN', value: 13.96, derived: true, note: '141.5 billion yuan' },
    ]),
  },
};

/** Amounts given where shares are expected: the row above 100 is left out, and the footer says why. */
export const AmountNotShare: Story = {
  args: { ...meta.args, data: JSON.stringify([{ label: 'ASEAN', value: 141.5 }, { label: 'Belt-and-Road economies', value: 54 }]) },
};

/** Bad input: a visible message, a console warning, nothing thrown. */
export const MalformedData: Story = { args: { ...meta.args, data: '[{"label": "ASEAN", "value": }]' } };
