import { describe, it, expect } from 'vitest';
import { followChunks, staticImports } from '../../scripts/chunks.mjs';

describe('static imports of built modules', () => {
  it('finds minified and spaced import/export forms, not dynamic imports or bare packages', () => {
    const code = [
      'import{t as e}from"./chunks/a-1.js";',
      'import"./chunks/b-2.js";',
      "import x, { y } from './c.js';",
      'import * as ns from "../d.js";',
      'export{t as TradeRanking}from"./chunks/e.js";',
      'export*from"./f.js";',
      'export * as g from "./g.js";',
      'const lazy = () => import("./lazy.js");',
      'import { html } from "lit";',
      'foo.import("./no.js"); reexport("./no2.js");',
    ].join('\n');
    expect(staticImports(code)).toEqual(['./chunks/a-1.js', './chunks/b-2.js', './c.js', '../d.js', './chunks/e.js', './f.js', './g.js']);
  });

  it('follows chunks from an entry, each once, entry first, through cycles', () => {
    const files: Record<string, string> = {
      'dist/cdn/trade-widgets.js': 'import{a}from"./trade-ranking.js";import"./chunks/lit.js";',
      'dist/cdn/trade-ranking.js': 'import{b}from"./chunks/lit.js";import{c}from"./chunks/chart.js";export{a};',
      'dist/cdn/chunks/lit.js': 'export const b=1;',
      'dist/cdn/chunks/chart.js': 'import{b}from"./lit.js";import{d}from"./data.js";export const c=2;',
      'dist/cdn/chunks/data.js': 'import{c}from"./chart.js";export const d=3;',
    };
    const read = (path: string) => {
      if (!(path in files)) throw new Error(`no ${path}`);
      return files[path];
    };
    expect(followChunks('dist/cdn/trade-widgets.js', read)).toEqual([
      'dist/cdn/trade-widgets.js',
      'dist/cdn/trade-ranking.js',
      'dist/cdn/chunks/lit.js',
      'dist/cdn/chunks/chart.js',
      'dist/cdn/chunks/data.js',
    ]);
    expect(followChunks('dist/cdn/chunks/lit.js', read)).toEqual(['dist/cdn/chunks/lit.js']);
  });
});
