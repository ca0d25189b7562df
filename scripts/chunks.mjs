/**
 * Following an ES module's static imports through built files: which chunks a `<script type=module>`
 * of one entry makes the browser download before it runs. Pure but for the `read` callback.
 */
import { dirname, join, normalize } from 'node:path';

const STRING = String.raw`(?:"([^"\\]+)"|'([^'\\]+)'|\x60([^\x60\\$]+)\x60)`;
// `import x from "…"`, `import{a}from"…"`, `import"…"`, `export{a}from"…"`, `export*from"…"`.
// The lookbehind keeps `foo.import` and identifiers ending in "import"/"export" out; `import(` (dynamic) is
// not matched because a string must follow the keyword, the bindings and `from`.
const STATIC = new RegExp(String.raw`(?<![\w$.])(?:import|export)\s*(?:(?:[\w$]+\s*,?\s*)?(?:\*\s*(?:as\s+[\w$]+)?|\{[^}]*\})?\s*from\s*|(?=["'\x60]))` + STRING, 'g');

/** The relative specifiers (`./x.js`, `../y.js`) statically imported or re-exported by a module's code. */
export function staticImports(code) {
  const found = new Set();
  for (const match of code.matchAll(STATIC)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (specifier && /^\.{1,2}\//.test(specifier)) found.add(specifier);
  }
  return [...found];
}

/**
 * The entry file and every file it reaches through static relative imports, entry first, each once.
 * `read(path)` returns a file's text. Paths are joined with node:path, so pass absolute or root-relative ones.
 */
export function followChunks(entry, read) {
  const seen = new Set();
  const order = [];
  const visit = (file) => {
    const path = normalize(file);
    if (seen.has(path)) return;
    seen.add(path);
    order.push(path);
    for (const specifier of staticImports(read(path))) visit(join(dirname(path), specifier));
  };
  visit(entry);
  return order;
}
