import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/trade-ranking/trade-ranking.js';
import { renderWidget, sharedArgTypes, variantStories, type WidgetArgs } from './widget-story.js';

interface RankingArgs extends WidgetArgs {
  threshold?: number;
}

const meta: Meta<RankingArgs> = {
  title: 'Widgets/trade-ranking',
  component: 'trade-ranking',
  render: (args) => renderWidget('trade-ranking', args),
  argTypes: { ...sharedArgTypes, threshold: { control: { type: 'number', min: 0, step: 100 } } },
  args: { highlight: 'anhui', threshold: 1000, theme: 'light', eager: true },
};
export default meta;

type Story = StoryObj<RankingArgs>;

export const Default: Story = {};

const variants = variantStories(meta.args as RankingArgs);
export const Dark: Story = variants.Dark;
export const Chinese: Story = variants.Chinese;
export const Narrow: Story = variants.Narrow;
export const Wide: Story = variants.Wide;
export const Table: Story = variants.Table;

/** A newsroom's own figures through the `data` attribute. */
export const OwnData: Story = {
  args: {
    ...meta.args,
    highlight: 'Henan',
    heading: "Central China's three contenders, 2025",
    'source-line': 'China Daily Brief, 2026',
    data: JSON.stringify([
      { region: 'Anhui', value: 1013.6 },
      { region: 'Henan', value: 935.67 },
      { region: 'Hubei', value: 834.01, note: 'The source also gives "8.34 trillion"; 834.01 billion is consistent.' },
    ]),
  },
};

/** Bad input: a visible message, a console warning, nothing thrown. */
export const MalformedData: Story = { args: { ...meta.args, data: '[{"region": "Anhui", "value": }]' } };
