import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtTags, ROOT } from './helpers.js';

/**
 * custom-elements.json (`npm run analyze`, shipped in the package) is what Storybook's autodocs,
 * the embed-code generator, dist/react.d.ts and editors read: every element must be in it with
 * typed, described attributes, its events, slots, parts and CSS properties, and no internals.
 */
interface Item { name: string; description?: string; type?: { text?: string }; privacy?: string; fieldName?: string }
interface Declaration {
  kind: string; name: string; tagName?: string; customElement?: boolean; summary?: string;
  attributes?: Item[]; members?: Item[]; events?: Item[]; slots?: Item[]; cssParts?: Item[]; cssProperties?: Item[];
}

const path = join(ROOT, 'custom-elements.json');
const manifest = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { modules: { path: string; declarations?: Declaration[] }[] }) : { modules: [] };
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

describe('custom-elements.json', () => {
  it('lists every built element once, with a summary', () => {
    expect(elements.map((e) => e.tagName).sort()).toEqual(builtTags());
    for (const element of elements) expect(element.summary, element.tagName).toBeTruthy();
  });

  for (const tag of builtTags()) {
    describe(`<${tag}>`, () => {
      const element = () => elements.find((e) => e.tagName === tag)!;

      it('has typed, described attributes, each backed by a property', () => {
        const { attributes = [], members = [] } = element();
        expect(attributes.length).toBeGreaterThan(5);
        const fields = new Set(members.map((m) => m.name));
        for (const attribute of attributes) {
          expect(attribute.type?.text, attribute.name).toMatch(/\S/);
          expect(attribute.description, attribute.name).toMatch(/\S/);
          expect(fields.has(attribute.fieldName ?? attribute.name), attribute.name).toBe(true);
          // React 19 and Vue set a prop as a property when the element has one by that name (Vue
          // also camelCased): the property behind `view` must be `view`, not some other member.
          const camel = attribute.name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
          // (`data`: the attribute is read through `dataJson`; the `data` property takes rows or the same JSON text.)
          if (attribute.name !== 'data') expect(attribute.fieldName ?? attribute.name, attribute.name).toBe(camel);
        }
        // A type alias is spelled out, so tools can offer its values.
        expect(attributes.find((a) => a.name === 'theme')?.type?.text).toBe("'light' | 'dark' | 'auto'");
      });

      it('documents its events, slots, CSS parts and CSS properties', () => {
        const { events = [], slots = [], cssParts = [], cssProperties = [] } = element();
        expect(events.map((e) => e.name)).toEqual(expect.arrayContaining(['trade-ready', 'trade-select', 'trade-hover', 'trade-data-error']));
        for (const list of [events, slots, cssParts, cssProperties]) {
          expect(list.length).toBeGreaterThan(0);
          for (const item of list) expect(item.description, item.name).toMatch(/\S/);
        }
        expect(events.every((e) => e.name.startsWith('trade-'))).toBe(true);
        expect(cssParts.map((p) => p.name)).toEqual(expect.arrayContaining(['frame', 'title', 'chart', 'table', 'error']));
        expect(cssProperties.every((p) => p.name.startsWith('--trade-'))).toBe(true);
      });

      it('leaves out private and protected members', () => {
        expect((element().members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected')).toEqual([]);
      });
    });
  }
});
