import type { Locale } from './types.js';
import { en, type Messages } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

export type { Messages };

const messages: Record<Locale, Messages> = { en, 'zh-CN': zhCN };

/** Maps any BCP 47 tag to a supported locale: zh, zh-Hans, zh-CN, zh-SG → zh-CN; everything else → en. */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  if (!lower) return undefined;
  if (lower === 'zh' || lower.startsWith('zh-cn') || lower.startsWith('zh-hans') || lower === 'zh-sg') return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return undefined;
}

/**
 * The widget's locale: its own `lang`, else the nearest ancestor's `lang` (crossing shadow roots),
 * else the document's, else English. An unsupported language falls back the same way.
 */
export function resolveLocale(element: Element): Locale {
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag) return normalizeLocale(tag) ?? 'en';
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'en';
}

export function messagesFor(locale: Locale): Messages {
  return messages[locale];
}
