/**
 * The embed-code generator: an editor picks a widget and its options, sees it live, and copies
 * either the script snippet (stylesheet + module script + tag) or the iframe snippet (for CMSes
 * that strip scripts). The widgets and their options come from custom-elements.json, so a new
 * element or attribute appears here without touching this file. Used by demo/generator.html and
 * by Storybook (stories/embed-generator.stories.ts).
 */
import { WIDGET_BOXES } from '../src/core/layout.js';

// ---- the manifest ------------------------------------------------------------------------------

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text?: string };
  default?: string;
  description?: string;
}
interface ManifestDeclaration {
  kind?: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
}
export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

export type OptionKind = 'boolean' | 'number' | 'choice' | 'text' | 'json';

export interface WidgetOption {
  /** The attribute's name. */
  name: string;
  kind: OptionKind;
  /** For `choice`: the allowed values. */
  choices?: string[];
  /** The default as the attribute would spell it ('' when there is none). */
  defaultValue: string;
  description: string;
}

export interface WidgetInfo {
  tag: string;
  summary: string;
  options: WidgetOption[];
}

function optionKind(attribute: ManifestAttribute): Pick<WidgetOption, 'kind' | 'choices'> {
  const parts = (attribute.type?.text ?? 'string')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (attribute.name === 'data') return { kind: 'json' };
  if (parts.length === 1 && parts[0] === 'boolean') return { kind: 'boolean' };
  if (parts.length === 1 && parts[0] === 'number') return { kind: 'number' };
  if (parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part))) return { kind: 'choice', choices: parts.map((part) => part.slice(1, -1)) };
  return { kind: 'text' };
}

function defaultValue(attribute: ManifestAttribute): string {
  const value = attribute.default;
  if (value === undefined || value === 'undefined' || value === 'false' || value === "''") return '';
  return value.replace(/^'(.*)'$/, '$1');
}

/** Every custom element in the manifest, with its attributes as options, sorted by tag. */
export function widgetsFromManifest(manifest: Manifest): WidgetInfo[] {
  const widgets: WidgetInfo[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      widgets.push({
        tag: declaration.tagName,
        summary: declaration.summary ?? declaration.description?.split('\n')[0] ?? declaration.tagName,
        options: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          ...optionKind(attribute),
          defaultValue: defaultValue(attribute),
          description: attribute.description ?? '',
        })),
      });
    }
  }
  return widgets.sort((a, b) => a.tag.localeCompare(b.tag));
}

// ---- snippets ----------------------------------------------------------------------------------

/** The attributes an editor chose: name → value ('' for a boolean attribute that is present). */
export type Attributes = [name: string, value: string][];

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

function tagMarkup(tag: string, attributes: Attributes): string {
  const list = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  return `<${tag}${list}></${tag}>`;
}

/** Stylesheet (reserves the box before the script runs), module script, and the tag. */
export function scriptSnippet(tag: string, attributes: Attributes, cdnBase: string): string {
  const base = withSlash(cdnBase);
  return [
    `<link rel="stylesheet" href="${escapeAttribute(`${base}trade-widgets.css`)}">`,
    `<script type="module" src="${escapeAttribute(`${base}${tag}.js`)}"></script>`,
    tagMarkup(tag, attributes),
  ].join('\n');
}

/** The URL of the iframe embed page for a widget and its attributes. */
export function embedUrl(tag: string, attributes: Attributes, embedBase: string, id = tag): string {
  const params = new URLSearchParams({ widget: tag });
  for (const [name, value] of attributes) params.append(name, value);
  if (id) params.set('id', id);
  return `${withSlash(embedBase)}embed.html?${params}`;
}

export interface IframeOptions {
  /** Sent back with each height message; defaults to the tag. */
  id?: string;
  /** The iframe's accessible name. */
  title: string;
}

/** The iframe snippet: no script, so it survives CMSes that strip them; sized by resizer.js. */
export function iframeSnippet(tag: string, attributes: Attributes, embedBase: string, options: IframeOptions): string {
  const fixed = attributes.find(([name]) => name === 'height');
  const box = WIDGET_BOXES[tag];
  const height = fixed && Number(fixed[1]) > 0 ? Math.ceil(Number(fixed[1])) : (box?.maxHeight ?? 540);
  const src = embedUrl(tag, attributes, embedBase, options.id ?? tag);
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

/** The line a site adds once to its page template so that iframes take their content's height. */
export function resizerSnippet(cdnBase: string): string {
  return `<script src="${escapeAttribute(`${withSlash(cdnBase)}resizer.js`)}" async></script>`;
}

/** The chosen values as attributes, in the manifest's order, leaving out empty values and defaults. */
export function chosenAttributes(widget: WidgetInfo, values: Record<string, string | boolean>): Attributes {
  const attributes: Attributes = [];
  for (const option of widget.options) {
    const value = values[option.name];
    if (option.kind === 'boolean') {
      if (value === true) attributes.push([option.name, '']);
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text || text === option.defaultValue) continue;
    attributes.push([option.name, text]);
  }
  return attributes;
}

// ---- the page ----------------------------------------------------------------------------------

export interface GeneratorOptions {
  manifest: Manifest;
  /** Where the script files are served: the jsDelivr URL of this version by default. */
  cdnBase: string;
  /** Where a copy of dist/cdn/ is served as a web page (public npm CDNs serve HTML as text). */
  embedBase: string;
  /** The widget selected first. */
  initialTag?: string;
}

// Fits any column, a phone's included: fieldsets and grid items may shrink below their content
// (a long <option> would otherwise widen the page), and labels go above their fields when narrow.
const CSS = `
.twg { display: grid; gap: 16px; font: 15px/1.45 system-ui, sans-serif; min-width: 0; }
.twg > *, .twg fieldset, .twg label > * { min-width: 0; }
.twg fieldset { border: 1px solid #c9ced6; border-radius: 6px; padding: 8px 12px; display: grid; gap: 6px; }
.twg label { display: grid; grid-template-columns: minmax(6em, 11em) minmax(0, 1fr); gap: 8px; align-items: center; }
.twg label small { grid-column: 2; color: #5b6470; }
.twg input[type=text], .twg input[type=number], .twg input[type=url], .twg select, .twg textarea { font: inherit; padding: 3px 6px; width: 100%; max-width: 100%; box-sizing: border-box; }
.twg textarea { font-family: ui-monospace, monospace; font-size: 13px; }
.twg input[type=checkbox] { justify-self: start; }
@media (max-width: 560px) {
  .twg label { grid-template-columns: minmax(0, 1fr); gap: 2px; }
  .twg label small { grid-column: 1; }
}
.twg .twg-preview { border: 1px dashed #c9ced6; padding: 12px; }
.twg .twg-copy { display: flex; gap: 8px; align-items: center; }
`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, properties);
  node.append(...children);
  return node;
}

async function copyText(text: string, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Select the text and copy it (the browser refused clipboard access).';
  }
}

/** Builds the generator inside `root`. Returns a function that removes it. */
export function mountEmbedGenerator(root: HTMLElement, options: GeneratorOptions): () => void {
  const widgets = widgetsFromManifest(options.manifest);
  if (!widgets.length) throw new Error('The manifest lists no custom elements.');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  const rootNode = root.getRootNode();
  const scope: Document | ShadowRoot = rootNode instanceof ShadowRoot ? rootNode : document;
  scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];

  const form = element('form', { className: 'twg' });
  form.addEventListener('submit', (event) => event.preventDefault());
  const widgetSelect = element('select', { name: 'widget', id: 'twg-widget' });
  for (const widget of widgets) widgetSelect.append(element('option', { value: widget.tag, textContent: `<${widget.tag}> · ${widget.summary}` }));
  widgetSelect.value = widgets.some((w) => w.tag === options.initialTag) ? options.initialTag! : widgets[0].tag;

  const cdnInput = element('input', { type: 'url', name: 'cdn-base', value: options.cdnBase });
  const embedInput = element('input', { type: 'url', name: 'embed-base', value: options.embedBase });
  const optionsBox = element('fieldset', { className: 'twg-options' });
  const preview = element('div', { className: 'twg-preview' });
  const scriptOut = element('textarea', { id: 'twg-script', readOnly: true, rows: 6, ariaLabel: 'Script snippet' });
  const iframeOut = element('textarea', { id: 'twg-iframe', readOnly: true, rows: 4, ariaLabel: 'Iframe snippet' });
  const resizerOut = element('textarea', { id: 'twg-resizer', readOnly: true, rows: 1, ariaLabel: 'Resizer script for the site template' });
  const status = element('output', { className: 'twg-status' });
  status.setAttribute('aria-live', 'polite');
  const copyButton = (target: HTMLTextAreaElement, label: string) => {
    const button = element('button', { type: 'button', textContent: label });
    button.dataset.copies = target.id;
    button.addEventListener('click', () => void copyText(target.value, status));
    return button;
  };

  form.append(
    element('label', {}, 'Widget', widgetSelect),
    optionsBox,
    element('fieldset', {}, element('legend', { textContent: 'Hosting' }),
      element('label', {}, 'Script files', cdnInput),
      element('label', {}, 'Iframe page', embedInput, element('small', { textContent: 'A copy of dist/cdn/ on your own site: jsDelivr and unpkg serve HTML as plain text.' })),
    ),
    element('h3', { textContent: 'Preview' }),
    preview,
    element('h3', { textContent: 'Script snippet (CMS HTML block)' }),
    scriptOut,
    element('div', { className: 'twg-copy' }, copyButton(scriptOut, 'Copy script snippet')),
    element('h3', { textContent: 'Iframe snippet (when the CMS strips scripts)' }),
    iframeOut,
    element('div', { className: 'twg-copy' }, copyButton(iframeOut, 'Copy iframe snippet')),
    element('p', { textContent: 'Once per site, in the page template, so iframes take their content\u2019s height:' }),
    resizerOut,
    element('div', { className: 'twg-copy' }, copyButton(resizerOut, 'Copy resizer script'), status),
  );
  root.append(form);

  let widget = widgets[0];
  let live: HTMLElement | undefined;

  function values(): Record<string, string | boolean> {
    const result: Record<string, string | boolean> = {};
    for (const input of optionsBox.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('[data-attribute]')) {
      result[input.dataset.attribute!] = input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value;
    }
    return result;
  }

  function update(): void {
    const attributes = chosenAttributes(widget, values());
    scriptOut.value = scriptSnippet(widget.tag, attributes, cdnInput.value);
    iframeOut.value = iframeSnippet(widget.tag, attributes, embedInput.value, { title: attributes.find(([n]) => n === 'heading')?.[1] ?? widget.summary });
    resizerOut.value = resizerSnippet(cdnInput.value);
    if (!live || live.localName !== widget.tag) {
      live?.remove();
      live = document.createElement(widget.tag);
      preview.append(live);
    }
    for (const name of live.getAttributeNames()) if (!attributes.some(([n]) => n === name)) live.removeAttribute(name);
    for (const [name, value] of attributes) if (live.getAttribute(name) !== value) live.setAttribute(name, value);
  }

  function control(option: WidgetOption): HTMLElement {
    let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (option.kind === 'boolean') {
      input = element('input', { type: 'checkbox' });
    } else if (option.kind === 'choice') {
      input = element('select');
      // An optional choice without a declared default (`figure`, `unit`) starts unset: the widget's own default.
      if (!option.defaultValue) input.append(element('option', { value: '', textContent: '(default)' }));
      for (const choice of option.choices ?? []) input.append(element('option', { value: choice, textContent: choice }));
      input.value = option.defaultValue;
    } else if (option.kind === 'json') {
      input = element('textarea', { rows: 3, placeholder: '[{"region": "anhui", "value": 1013.6}]' });
    } else {
      input = element('input', { type: option.kind === 'number' ? 'number' : 'text', placeholder: option.defaultValue });
    }
    input.name = option.name;
    input.dataset.attribute = option.name;
    input.addEventListener('input', update);
    input.addEventListener('change', update);
    return element('label', {}, option.name, input, element('small', { textContent: option.description }));
  }

  function selectWidget(): void {
    widget = widgets.find((w) => w.tag === widgetSelect.value) ?? widgets[0];
    optionsBox.replaceChildren(element('legend', { textContent: `Attributes of <${widget.tag}>` }), ...widget.options.map(control));
    update();
  }

  widgetSelect.addEventListener('change', selectWidget);
  cdnInput.addEventListener('input', update);
  embedInput.addEventListener('input', update);
  selectWidget();

  return () => {
    form.remove();
    scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
