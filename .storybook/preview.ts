import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { argTypesFromManifest } from '../stories/manifest-arg-types.js';

// Autodocs read the elements' descriptions from the manifest; controls and docs tables come from
// argTypesFromManifest (one working control per attribute and per CSS custom property).
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Widget theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark', 'auto'], dynamicTitle: true },
    },
    locale: {
      description: 'Widget language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'zh-CN', title: '中文' }], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  decorators: [
    (story, context) => {
      // The toolbar's language reaches every widget through the document's lang, as on a news page.
      document.documentElement.lang = context.globals.locale ?? 'en';
      const theme = context.globals.theme ?? 'light';
      document.body.style.background = theme === 'dark' ? '#15191f' : '';
      const rendered = story();
      // A toolbar theme other than the default applies to every widget the story draws.
      if (theme !== 'light' && rendered instanceof Element) {
        for (const widget of rendered.querySelectorAll('*')) {
          if (widget.localName.includes('-') && 'theme' in widget) widget.setAttribute('theme', theme);
        }
      }
      return rendered;
    },
  ],
  parameters: {
    docs: { extractArgTypes: (tag: string) => argTypesFromManifest(manifest, tag) },
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone: { name: 'Phone column (320 px)', styles: { width: '320px', height: '640px' } },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' } },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '900px' } },
      },
    },
  },
};

export default preview;
