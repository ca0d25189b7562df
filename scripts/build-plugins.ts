import { posix } from 'node:path';
import { parseAst, type Plugin } from 'vite';

/**
 * Build plugins for the bundles' size and load time (see BENCHMARKS.md):
 * - minifyTemplates: Lit `css`/`html` template literals without indentation and comments;
 * - hoistTransitiveImports: entry chunks import every chunk they need directly, so a browser fetches
 *   them all after the entry instead of discovering them one level at a time.
 */

/**
 * Rollup adds the transitive imports of an entry chunk to the entry itself (`hoistTransitiveImports`,
 * on by default there); rolldown does not. Without it, `<script type=module src=trade-widgets.js>`
 * fetches the entry, then the element files, then the shared Lit/Chart.js chunks: one network round
 * trip per level. Appending `import"./chunks/x.js";` for each chunk the entry reaches only through
 * another chunk makes every download start after the entry's. The statements come after the entry's
 * own imports, and each chunk was already reachable through those, so evaluation order is unchanged.
 */
export function hoistTransitiveImports(): Plugin {
  return {
    name: 'hoist-transitive-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      const importsOf = (fileName: string): string[] => {
        const chunk = bundle[fileName];
        return chunk && chunk.type === 'chunk' ? chunk.imports : [];
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const missing = transitiveOnly(chunk.fileName, importsOf);
        if (!missing.length) continue;
        const from = posix.dirname(chunk.fileName);
        chunk.code += missing.map((file) => `import"${relativeSpecifier(from, file)}";`).join('');
        chunk.imports.push(...missing);
      }
    },
  };
}

/** The chunks reachable from `entry` through static imports that `entry` does not import itself, in discovery order. */
export function transitiveOnly(entry: string, importsOf: (fileName: string) => string[]): string[] {
  const direct = new Set(importsOf(entry));
  const seen = new Set<string>([entry]);
  const order: string[] = [];
  const visit = (file: string) => {
    for (const dependency of importsOf(file)) {
      if (seen.has(dependency)) continue;
      seen.add(dependency);
      order.push(dependency);
      visit(dependency);
    }
  };
  visit(entry);
  return order.filter((file) => !direct.has(file));
}

/** `./x.js` or `../x.js` from a directory of the bundle to a file of the bundle (POSIX paths). */
export function relativeSpecifier(fromDir: string, file: string): string {
  const path = posix.relative(fromDir || '.', file);
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * Lit's `css` and `html` tagged templates are strings to a JS minifier: their indentation, newlines
 * and comments ship as they are written. This plugin shrinks them in the builds (not the dev server):
 * - `css`: comments dropped, whitespace collapsed, and removed where CSS never needs it (around
 *   `{ } ; , >` and after `:`), the last `;` of a block dropped. Strings are kept as written, spaces
 *   before `:` and `(` are kept (`.a :hover`, `and (…)`), so selectors and values mean the same.
 * - `html`/`svg`: every whitespace run becomes one space. No text node disappears and none gains
 *   visible text; nothing in the widgets uses `white-space: pre`, where this would show.
 * Only the quasis (the literal parts) change; `${…}` expressions are untouched.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.[cm]?[jt]s$/.test(id) || !/\b(?:css|html|svg)`/.test(code)) return undefined;
      const next = minifyTemplateLiterals(code);
      return next === code ? undefined : { code: next, map: null };
    },
  };
}

interface Quasi {
  start: number;
  end: number;
}

interface Template {
  kind: 'css' | 'html';
  quasis: Quasi[];
}

/** Rewrites every `css`/`html`/`svg` tagged template in a module's JS (already stripped of types). */
export function minifyTemplateLiterals(code: string): string {
  const templates: Template[] = [];
  collectTemplates(parseAst(code), templates);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const { kind, quasis } of templates) {
    quasis.forEach((quasi, index) => {
      const raw = code.slice(quasi.start, quasi.end);
      const first = index === 0;
      const last = index === quasis.length - 1;
      const text = kind === 'css' ? minifyCssText(raw, first, last) : minifyHtmlText(raw);
      if (text !== raw) edits.push({ start: quasi.start, end: quasi.end, text });
    });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

function collectTemplates(node: unknown, into: Template[]): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) collectTemplates(child, into);
    return;
  }
  const record = node as Record<string, unknown> & { type?: string };
  if (record.type === 'TaggedTemplateExpression') {
    const tag = record.tag as { type: string; name?: string };
    const quasi = record.quasi as { quasis: Quasi[] };
    if (tag.type === 'Identifier' && (tag.name === 'css' || tag.name === 'html' || tag.name === 'svg')) {
      into.push({ kind: tag.name === 'css' ? 'css' : 'html', quasis: quasi.quasis.map(({ start, end }) => ({ start, end })) });
    }
  }
  for (const key of Object.keys(record)) {
    if (key !== 'type' && key !== 'start' && key !== 'end') collectTemplates(record[key], into);
  }
}

/** ASCII whitespace only: a no-break space (U+00A0) is content, not layout. */
const WHITESPACE = /[ \t\n\r\f]/;
const DROP_AFTER = new Set(['{', '}', ';', ',', '>', ':']);
const DROP_BEFORE = new Set(['{', '}', ';', ',', '>', '!', ')']);

/**
 * One literal part of a `css` template, minified. `first`/`last` say whether it opens or closes
 * the template (leading/trailing whitespace there is dropped; next to a `${…}` one space is kept).
 */
export function minifyCssText(raw: string, first = true, last = true): string {
  let out = '';
  let pendingSpace = false;
  let i = 0;
  const emit = (text: string) => {
    if (pendingSpace) {
      const previous = out[out.length - 1];
      const atStart = out.length === 0;
      const drop = (atStart && first) || (previous !== undefined && DROP_AFTER.has(previous)) || DROP_BEFORE.has(text[0]);
      if (!drop) out += ' ';
      pendingSpace = false;
    }
    if (text === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += text;
  };
  while (i < raw.length) {
    const char = raw[i];
    if (char === '/' && raw[i + 1] === '*') {
      const close = raw.indexOf('*/', i + 2);
      if (close === -1) {
        emit(raw.slice(i));
        break;
      }
      i = close + 2;
      pendingSpace = true;
      continue;
    }
    if (char === '"' || char === "'") {
      let j = i + 1;
      while (j < raw.length && raw[j] !== char) j += raw[j] === '\\' ? 2 : 1;
      emit(raw.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (WHITESPACE.test(char)) {
      while (i < raw.length && WHITESPACE.test(raw[i])) i++;
      pendingSpace = true;
      continue;
    }
    if (char === '\\') {
      emit(raw.slice(i, i + 2));
      i += 2;
      continue;
    }
    emit(char);
    i++;
  }
  if (pendingSpace && !last) {
    const previous = out[out.length - 1];
    if (previous === undefined ? !first : !DROP_AFTER.has(previous)) out += ' ';
  }
  return out;
}

/** One literal part of an `html`/`svg` template: each whitespace run becomes a single space. */
export function minifyHtmlText(raw: string): string {
  return raw.replace(/[ \t\n\r\f]{2,}|[\t\n\r\f]/g, ' ');
}
