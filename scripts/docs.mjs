// Writes README's reference tables from custom-elements.json (`npm run docs`), so attributes,
// events, parts and CSS properties are documented once, in the classes' JSDoc.
// `node scripts/docs.mjs --check` exits 1 when README is out of date (the unit tests run it).
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- reference:start -->';
const END = '<!-- reference:end -->';

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The markdown reference: one attribute table per element, then what all elements share. */
export function referenceMarkdown(manifest) {
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
  const base = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'TradeWidget');
  const shared = new Set((base?.attributes ?? []).map((a) => a.name));
  const out = [];
  out.push('Every widget takes the shared attributes below; each element adds its own.', '');
  out.push('#### Shared attributes', '', '| attribute | property | type | default | description |', '|---|---|---|---|---|');
  for (const a of base?.attributes ?? []) {
    out.push(`| \`${a.name}\` | \`${a.fieldName ?? ''}\` | \`${cell(a.type?.text)}\` | ${a.default ? `\`${cell(a.default)}\`` : ''} | ${cell(a.description)} |`);
  }
  for (const element of elements) {
    const own = (element.attributes ?? []).filter((a) => !shared.has(a.name));
    out.push('', `#### \`<${element.tagName}>\``, '', cell(element.summary ?? element.description), '');
    if (own.length) {
      out.push('| attribute | property | type | default | description |', '|---|---|---|---|---|');
      for (const a of own) out.push(`| \`${a.name}\` | \`${a.fieldName ?? ''}\` | \`${cell(a.type?.text)}\` | ${a.default ? `\`${cell(a.default)}\`` : ''} | ${cell(a.description)} |`);
    } else out.push('Only the shared attributes.');
  }
  const sample = elements[0] ?? base;
  const table = (title, rows, head) => {
    if (!rows?.length) return;
    out.push('', `#### ${title}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
    for (const row of rows) out.push(`| ${row.map(cell).join(' | ')} |`);
  };
  table('Events (all widgets)', sample.events?.map((e) => [`\`${e.name}\``, e.description]), ['event', 'description']);
  table('Slots (all widgets)', sample.slots?.map((s) => [`\`${s.name}\``, s.description]), ['slot', 'description']);
  table('CSS parts (all widgets)', sample.cssParts?.map((p) => [`\`${p.name}\``, p.description]), ['part', 'description']);
  table('CSS custom properties (all widgets)', sample.cssProperties?.map((p) => [`\`${p.name}\``, p.description]), ['property', 'description']);
  return out.join('\n');
}

export function updateReadme(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} … ${END}`);
  return `${readme.slice(0, start + START.length)}\n${referenceMarkdown(manifest)}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const updated = updateReadme(readme, manifest);
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md reference is out of date: run `npm run docs`.');
      process.exit(1);
    }
  } else writeFileSync('README.md', updated);
}
