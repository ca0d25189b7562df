import type { ArgTypes, InputType } from 'storybook/internal/types';

/**
 * Storybook's Controls and docs tables for our elements, built from custom-elements.json.
 *
 * Storybook's own reading of the manifest lists each attribute twice (`no-table` and its property
 * `noTable`: the second control sets an attribute that does not exist), files attributes under the CSS
 * part or slot of the same name (`value`, `heading`), and offers JSON editors for parts, slots and CSS
 * properties. Here every attribute is one working control, each CSS custom property a colour or text
 * control applied to the element's style, and properties without an attribute, events, slots and
 * parts are documented without a control.
 */

interface ManifestEntry {
  name: string;
  description?: string;
  default?: string;
  type?: { text?: string };
}
interface ManifestMember extends ManifestEntry {
  kind: string;
  attribute?: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: (ManifestEntry & { fieldName?: string })[];
  members?: ManifestMember[];
  events?: ManifestEntry[];
  slots?: ManifestEntry[];
  cssParts?: ManifestEntry[];
  cssProperties?: ManifestEntry[];
}
export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/**
 * The control for an attribute's declared type: a switch, a number, a list of its values, or text.
 * In object form: Storybook normalises a string shorthand in a story's argTypes, not in extracted ones.
 */
export function controlFor(typeText = 'string'): Partial<Pick<InputType, 'control' | 'options'>> {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (parts.length === 1 && parts[0] === 'boolean') return { control: { type: 'boolean' } };
  if (parts.length === 1 && parts[0] === 'number') return { control: { type: 'number' } };
  if (parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part))) {
    const options = parts.map((part) => part.slice(1, -1));
    return { control: { type: options.length <= 4 ? 'inline-radio' : 'select' }, options };
  }
  return { control: { type: 'text' } };
}

/** A CSS custom property that holds a colour gets a colour picker; the others (font, sizes) text. */
export function isColourProperty(entry: ManifestEntry): boolean {
  return /colou?r/i.test(entry.description ?? '') && !/font|ratio|height/.test(entry.name);
}

function documented(category: string, entry: ManifestEntry, summary?: string): InputType {
  return { name: entry.name, description: entry.description ?? '', control: false, table: { category, ...(summary ? { type: { summary } } : {}) } };
}

/** The argTypes of one element (by tag), or undefined when the manifest has no such element. */
export function argTypesFromManifest(manifest: Manifest, tag: string): ArgTypes | undefined {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  if (!declaration) return undefined;
  const types: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    types[attribute.name] = {
      name: attribute.name,
      description: attribute.description ?? '',
      ...controlFor(attribute.type?.text),
      table: { category: 'attributes', type: { summary: attribute.type?.text ?? 'string' }, ...(attribute.default ? { defaultValue: { summary: attribute.default } } : {}) },
    };
  }
  // Properties with an attribute are that attribute's control; the others (`data` as objects, `chart`) are for code.
  const withAttribute = new Set((declaration.attributes ?? []).map((a) => a.fieldName ?? a.name));
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || member.privacy || withAttribute.has(member.name)) continue;
    types[`property:${member.name}`] = documented('properties (JavaScript)', member, member.type?.text);
  }
  for (const event of declaration.events ?? []) types[`event:${event.name}`] = documented('events', event);
  for (const slot of declaration.slots ?? []) types[`slot:${slot.name || 'default'}`] = documented('slots', slot);
  for (const part of declaration.cssParts ?? []) types[`part:${part.name}`] = documented('CSS parts', part);
  for (const property of declaration.cssProperties ?? []) {
    types[property.name] = {
      name: property.name,
      description: property.description ?? '',
      control: { type: isColourProperty(property) ? 'color' : 'text' },
      table: { category: 'CSS custom properties' },
    };
  }
  return types;
}
