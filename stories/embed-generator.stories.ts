import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getCustomElements } from '@storybook/web-components-vite';
import '../src/index.js';
import { version } from '../package.json';
import { mountEmbedGenerator, type Manifest } from '../demo/embed-generator.js';

/** The embed-code generator of demo/generator.html, driven by the same custom-elements.json as the autodocs. */
const meta: Meta = {
  title: 'Guides/Embed generator',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

export const Generator: StoryObj = {
  render: () => {
    const root = document.createElement('div');
    root.style.maxWidth = '760px';
    mountEmbedGenerator(root, {
      manifest: getCustomElements() as Manifest,
      cdnBase: `https://cdn.jsdelivr.net/npm/trade-widgets@${version}/dist/cdn/`,
      embedBase: `https://www.example.com/trade-widgets@${version}/`,
    });
    return root;
  },
};
