import { describe, it, expect } from 'vitest';
import { minifyCssText, minifyHtmlText, minifyTemplateLiterals, relativeSpecifier, transitiveOnly } from '../../scripts/build-plugins.js';

describe('css template minification', () => {
  it('drops comments and whitespace CSS does not need', () => {
    const css = `
      :host {
        display: block;   /* the box */
        color: var(--x, #fff);
      }
      .a > .b,
      .c :hover {
        margin: 0 auto !important;
      }
      @media (prefers-color-scheme: dark) and (min-width: 400px) {
        .d { width: calc(100% - 4px); }
      }
    `;
    expect(minifyCssText(css)).toBe(
      ':host{display:block;color:var(--x,#fff)}.a>.b,.c :hover{margin:0 auto!important}@media (prefers-color-scheme:dark) and (min-width:400px){.d{width:calc(100% - 4px)}}',
    );
  });

  it('keeps strings as written and one space next to an interpolation', () => {
    expect(minifyCssText(`a::before { content: '  x  ;  ' ; }`)).toBe(`a::before{content:'  x  ;  '}`);
    // `css\`:host { ${x} }\``: first quasi ":host { ", last " }".
    expect(minifyCssText(':host { ', true, false)).toBe(':host{');
    expect(minifyCssText(' }', false, true)).toBe('}');
    expect(minifyCssText('  .a  ', false, false)).toBe(' .a ');
  });

  it('html: whitespace runs become one space, a no-break space stays', () => {
    expect(minifyHtmlText('\n      <div class="a\n  b">\n        text\u00a0here  </div>\n    ')).toBe(' <div class="a b"> text\u00a0here </div> ');
  });

  it('rewrites only css/html/svg tagged templates, never the expressions', () => {
    const code = 'const s = css`\n  a {  color: red;  }\n`; const t = html`\n  <p>${ "  keep  " }</p>\n`; const u = other`\n  x  `; const v = `  plain  `;';
    expect(minifyTemplateLiterals(code)).toBe('const s = css`a{color:red}`; const t = html` <p>${ "  keep  " }</p> `; const u = other`\n  x  `; const v = `  plain  `;');
  });
});

describe('hoisting transitive imports', () => {
  const graph: Record<string, string[]> = {
    'trade-widgets.js': ['trade-ranking.js', 'export-mix.js'],
    'trade-ranking.js': ['chunks/define.js', 'chunks/chart.js'],
    'export-mix.js': ['chunks/chart.js', 'chunks/data.js'],
    'chunks/chart.js': ['chunks/define.js'],
    'chunks/define.js': [],
    'chunks/data.js': [],
  };
  const importsOf = (file: string) => graph[file] ?? [];

  it('lists what an entry reaches only through other chunks, each once, in discovery order', () => {
    expect(transitiveOnly('trade-widgets.js', importsOf)).toEqual(['chunks/define.js', 'chunks/chart.js', 'chunks/data.js']);
    expect(transitiveOnly('trade-ranking.js', importsOf)).toEqual([]);
    expect(transitiveOnly('export-mix.js', importsOf)).toEqual(['chunks/define.js']);
  });

  it('writes relative specifiers', () => {
    expect(relativeSpecifier('', 'chunks/a.js')).toBe('./chunks/a.js');
    expect(relativeSpecifier('chunks', 'chunks/a.js')).toBe('./a.js');
    expect(relativeSpecifier('chunks', 'b.js')).toBe('../b.js');
  });
});
