import type { StorybookConfig } from '@storybook/web-components-vite';
import { stripCitations } from '../scripts/vite-plugins.js';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), stripCitations()];
    return viteConfig;
  },
};

export default config;
