/**
 * Defines a tag unless it is already defined: the script may be included twice, or two versions
 * may meet on one page. The first definition wins; the second says so once in the console.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.info(`[trade-widgets] <${tag}> is already defined on this page; the first definition is kept.`);
  }
}
