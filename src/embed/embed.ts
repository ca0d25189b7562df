/**
 * The script of `embed.html`, the iframe embed page (for CMSes that strip scripts from articles).
 * Reads `?widget=<tag>&<attribute>=<value>…&id=<id>`, loads only that element's file, creates it
 * with `setAttribute` (never markup), and tells the parent page its height whenever it changes.
 */
export const HEIGHT_MESSAGE = 'trade-widgets:height';

/** Query parameters that are not attributes of the widget. */
const RESERVED = new Set(['widget', 'id']);

const PAGE_CSS =
  'html,body{margin:0;padding:0;overflow:hidden;background:transparent}' +
  "body{font-family:system-ui,-apple-system,'Segoe UI','Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif}" +
  '.trade-embed-error{margin:0;padding:12px;font-size:14px;color:#8a1c1c}';

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
let lastHeight = -1;

function postHeight(): void {
  if (parent === window) return;
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  // The height is not a secret and the parent's origin is not known here: any parent may read it.
  parent.postMessage({ type: HEIGHT_MESSAGE, id, height }, '*');
}

function showError(message: string): void {
  const paragraph = document.createElement('p');
  paragraph.className = 'trade-embed-error';
  paragraph.setAttribute('role', 'alert');
  paragraph.textContent = message;
  document.body.append(paragraph);
  console.warn(`[trade-widgets embed] ${message}`);
}

/** The element file beside this script: `<dir>/embed.js` → `<dir>/<tag>.js`. */
function elementUrl(tag: string): string {
  const url = new URL(import.meta.url);
  url.pathname = url.pathname.replace(/[^/]*$/, `${tag}.js`);
  url.search = '';
  return url.href;
}

async function start(): Promise<void> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  new ResizeObserver(postHeight).observe(document.body);
  addEventListener('load', postHeight);

  const tag = params.get('widget') ?? '';
  const tags = __TRADE_WIDGET_TAGS__;
  if (!tags.includes(tag)) {
    showError(`Unknown widget "${tag}". Use ?widget= with one of: ${tags.join(', ')}.`);
    return;
  }
  await import(/* @vite-ignore */ elementUrl(tag));
  const constructor = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  const known = new Set(constructor?.observedAttributes ?? []);
  const element = document.createElement(tag);
  for (const [name, value] of params) {
    if (RESERVED.has(name)) continue;
    if (!known.has(name)) {
      console.warn(`[trade-widgets embed] <${tag}> has no attribute "${name}"; the parameter is ignored.`);
      continue;
    }
    element.setAttribute(name, value);
  }
  const lang = params.get('lang');
  if (lang) document.documentElement.lang = lang;
  document.body.append(element);
}

void start();
