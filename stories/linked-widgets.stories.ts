import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';

/**
 * A host page linking two widgets through their events: choosing a region in the ranking
 * (click, or Enter on the keyboard) highlights it in the growth chart, and the page shows what was chosen.
 */
const meta: Meta = {
  title: 'Recipes/Linked widgets',
  render: () => {
    const page = document.createElement('div');
    page.style.maxWidth = '680px';
    page.style.fontFamily = "system-ui, 'Noto Sans CJK SC', sans-serif";
    const ranking = document.createElement('trade-ranking');
    const growth = document.createElement('province-growth');
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    status.textContent = 'Click a bar in the ranking (or focus it and press Enter).';
    for (const widget of [ranking, growth]) widget.setAttribute('eager', '');
    // The whole recipe: listen for trade-select, set the other widget's highlight.
    ranking.addEventListener('trade-select', (event) => {
      growth.setAttribute('highlight', event.detail.row.key);
      status.textContent = `Selected: ${event.detail.row.name}`;
    });
    page.append(ranking, status, growth);
    return page;
  },
};
export default meta;

export const SelectToHighlight: StoryObj = {};
