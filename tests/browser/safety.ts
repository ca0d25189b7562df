/**
 * Checks that a page is unharmed, shared by the bad-input and lifecycle tests: no uncaught error or
 * unhandled rejection, no script ran, no markup was injected into the document or any shadow root,
 * Object.prototype is untouched.
 */
import { CANARY } from '../fixtures/bad-input.js';

/** Collects window `error` and `unhandledrejection` events until `stop()`. */
export function watchPageErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(event.reason)}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Every element of the document and of every open shadow root, depth first. */
export function allElements(root: Document | ShadowRoot = document): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/**
 * Markup that should not exist: any <img> other than a widget's own print snapshot, any <script>,
 * <svg>, <iframe> or <object> inside a shadow root, any `on…` handler attribute, any javascript: link.
 */
export function injectedMarkup(): string[] {
  const problems: string[] = [];
  for (const element of allElements()) {
    const inShadow = element.getRootNode() instanceof ShadowRoot;
    const tag = element.localName;
    if (tag === 'img' && !(inShadow && element.classList.contains('print-image'))) problems.push(`<img src="${element.getAttribute('src')}">`);
    if (inShadow && ['script', 'svg', 'iframe', 'object', 'embed'].includes(tag)) problems.push(`<${tag}> in a shadow root`);
    for (const attribute of element.getAttributeNames()) {
      if (/^on/i.test(attribute)) problems.push(`${tag}[${attribute}]`);
    }
    const href = element.getAttribute('href') ?? '';
    if (/^\s*javascript:/i.test(href)) problems.push(`${tag}[href=${href}]`);
  }
  return problems;
}

/** True if a payload managed to run. */
export function canaryTripped(): boolean {
  return (window as unknown as Record<string, unknown>)[CANARY] !== undefined;
}

/** A fingerprint of the built-in prototypes a pollution attack would write to. */
export function prototypeFingerprint(): string {
  const probe = {} as Record<string, unknown>;
  return JSON.stringify([
    Object.getOwnPropertyNames(Object.prototype).sort(),
    Object.getOwnPropertyNames(Array.prototype).sort(),
    probe.polluted ?? null,
    ([] as unknown as Record<string, unknown>).polluted ?? null,
  ]);
}
