// The gallery: every widget (and each of its views) in a narrow and a wide column, with theme and language switches.
import '../src/index.js';
import { WIDGET_BOXES } from '../src/core/layout.js';

/** Extra variants worth seeing side by side: the `view` attribute of the widgets that have one. */
const VARIANTS: Record<string, Record<string, string>[]> = {
  'province-growth': [{}, { view: 'climb' }],
  'export-mix': [{}, { view: 'balance' }],
  'trade-figure': [{ figure: 'anhui-trade' }, { figure: 'guangdong-trade' }, { figure: 'anhui-december' }],
};

const gallery = document.getElementById('gallery')!;
const controls = document.getElementById('controls') as HTMLFormElement;

function widget(tag: string, attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

for (const tag of Object.keys(WIDGET_BOXES)) {
  for (const attributes of VARIANTS[tag] ?? [{}]) {
    const section = document.createElement('section');
    const heading = document.createElement('h2');
    heading.textContent = `<${tag}${Object.entries(attributes).map(([k, v]) => ` ${k}="${v}"`).join('')}>`;
    const columns = document.createElement('div');
    columns.className = 'columns';
    for (const size of ['narrow', 'wide']) {
      const column = document.createElement('div');
      column.className = `column ${size}`;
      const label = document.createElement('p');
      label.textContent = size === 'narrow' ? '320 px column' : 'wide column';
      column.append(label, widget(tag, attributes));
      columns.append(column);
    }
    section.append(heading, columns);
    gallery.append(section);
  }
}

function apply(): void {
  const data = new FormData(controls);
  const theme = String(data.get('theme'));
  document.documentElement.lang = String(data.get('lang'));
  document.body.classList.toggle('dark', theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches));
  for (const tag of Object.keys(WIDGET_BOXES)) {
    for (const element of document.querySelectorAll(tag)) element.setAttribute('theme', theme);
  }
}

// Query parameters preset the switches, so screenshots can ask for ?theme=dark&lang=zh-CN.
const params = new URLSearchParams(location.search);
for (const name of ['theme', 'lang']) {
  const value = params.get(name);
  const select = controls.elements.namedItem(name) as HTMLSelectElement | null;
  if (value && select && [...select.options].some((o) => o.value === value)) select.value = value;
}
controls.addEventListener('change', apply);
apply();
