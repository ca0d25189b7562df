/**
 * resizer.js: include once on the page that holds trade-widgets iframes (the site template, not
 * the article). Each embed page posts `{ type: 'trade-widgets:height', id, height }`; this sets the
 * height of the iframe that sent it. A message counts only if it comes from one of this page's
 * iframes (`event.source`) and from the origin that iframe's `src` points to (`event.origin`).
 * No globals; including it twice is harmless.
 */
addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || typeof data !== 'object' || data.type !== 'trade-widgets:height') return;
  const height = Number(data.height);
  if (!(height > 0 && height < 20000)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    let origin = '';
    try {
      origin = new URL(frame.src, location.href).origin;
    } catch {
      return;
    }
    if (origin === event.origin) frame.style.height = `${Math.ceil(height)}px`;
    return;
  }
});
