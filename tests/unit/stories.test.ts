// The designer's promise: every attribute of every element is one working control in Storybook, and
// every CSS custom property a theming control; the rest of the API is documented without a control.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { argTypesFromManifest, controlFor, isColourProperty, type Manifest } from '../../stories/manifest-arg-types.js';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  cssProperties?: { name: string }[];
}
type ArgType = { control?: unknown; options?: unknown; table?: { disable?: boolean; category?: string } };

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../custom-elements.json'), 'utf8')) as Manifest;
const elements = (manifest.modules as { declarations?: Declaration[] }[]).flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

/** What Storybook shows: the extracted argTypes with the story file's own on top, field by field. */
async function shownArgTypes(tag: string) {
  const { default: meta } = (await import(`../../stories/${tag}.stories.ts`)) as { default: { component: string; argTypes: Record<string, ArgType> } };
  const merged: Record<string, ArgType> = {};
  const extracted = argTypesFromManifest(manifest, tag) as Record<string, ArgType>;
  for (const name of new Set([...Object.keys(extracted), ...Object.keys(meta.argTypes)])) {
    const own = meta.argTypes[name] ?? {};
    merged[name] = { ...extracted[name], ...own, table: { ...extracted[name]?.table, ...own.table } };
  }
  return { meta, merged };
}

describe('controls from the manifest', () => {
  it('picks the control from the declared type', () => {
    expect(controlFor('boolean')).toEqual({ control: { type: 'boolean' } });
    expect(controlFor('number | null | undefined')).toEqual({ control: { type: 'number' } });
    expect(controlFor("'rates' | 'climb'")).toEqual({ control: { type: 'inline-radio' }, options: ['rates', 'climb'] });
    expect(controlFor("'a' | 'b' | 'c' | 'd' | 'e' | undefined")).toEqual({ control: { type: 'select' }, options: ['a', 'b', 'c', 'd', 'e'] });
    expect(controlFor('number | string | undefined')).toEqual({ control: { type: 'text' } });
    expect(controlFor(undefined)).toEqual({ control: { type: 'text' } });
  });

  it('offers a colour picker for colour properties only', () => {
    expect(isColourProperty({ name: '--trade-bar', description: 'Bar colour.' })).toBe(true);
    expect(isColourProperty({ name: '--trade-font', description: 'Font family (default: inherited from the page).' })).toBe(false);
    expect(isColourProperty({ name: '--trade-min-height', description: 'Smallest height of the widget.' })).toBe(false);
  });

  it('finds the elements in custom-elements.json', () => {
    expect(elements.map((e) => e.tagName).sort()).toEqual(['export-mix', 'province-growth', 'trade-figure', 'trade-partners', 'trade-ranking']);
    expect(argTypesFromManifest(manifest, 'trade-rankin')).toBeUndefined();
  });

  for (const element of elements) {
    const tag = element.tagName!;
    it(`<${tag}>: one control per attribute and per CSS custom property, none for the rest`, async () => {
      const { meta, merged } = await shownArgTypes(tag);
      expect(meta.component).toBe(tag);
      const attributes = (element.attributes ?? []).map((a) => a.name);
      const cssProperties = (element.cssProperties ?? []).map((p) => p.name);
      // A card hides the two inherited attributes that do nothing on it, and says so in its story.
      const hidden = tag === 'trade-figure' ? ['highlight', 'no-png'] : [];
      const controls = Object.entries(merged)
        .filter(([, type]) => type.control !== undefined && type.control !== false && !type.table?.disable)
        .map(([name]) => name)
        .filter((name) => name !== 'columnWidth'); // the column's width, not an attribute
      expect(controls.filter((name) => !name.startsWith('--')).sort()).toEqual(attributes.filter((a) => !hidden.includes(a)).sort());
      expect(controls.filter((name) => name.startsWith('--')).sort()).toEqual([...cssProperties].sort());
      for (const name of attributes) expect(merged[name].table?.category, name).toBe('attributes');
      // The story's own argTypes name only real attributes (a typo would be a dead control).
      for (const name of Object.keys(meta.argTypes)) expect([...attributes, ...cssProperties, 'columnWidth'], name).toContain(name);
    });
  }
});
