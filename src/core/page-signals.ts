/**
 * Page-level changes that every widget cares about, listened to once per page however many widgets
 * there are: the colour scheme, forced colours and more contrast, the page's own theme class or `lang`, web fonts finishing loading, printing.
 */
export type PageSignal = 'scheme' | 'page-attributes' | 'fonts' | 'print';
type Listener = (signal: PageSignal) => void;

const listeners = new Set<Listener>();
let teardown: (() => void) | undefined;

function broadcast(signal: PageSignal): void {
  for (const listener of [...listeners]) listener(signal);
}

function start(): () => void {
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  const forcedColors = matchMedia('(forced-colors: active)');
  const moreContrast = matchMedia('(prefers-contrast: more)');
  const print = matchMedia('print');
  const onScheme = () => broadcast('scheme');
  // Chrome resizes unreliably in `beforeprint`; the print media query fires in time (Chart.js #7006).
  const onPrint = () => broadcast('print');
  const onFonts = () => broadcast('fonts');
  scheme.addEventListener('change', onScheme);
  forcedColors.addEventListener('change', onScheme);
  moreContrast.addEventListener('change', onScheme);
  print.addEventListener('change', onPrint);
  addEventListener('beforeprint', onPrint);
  document.fonts?.addEventListener('loadingdone', onFonts);
  // A page that switches its own dark class or language on <html>/<body> re-themes the widgets.
  const mutations = new MutationObserver(() => broadcast('page-attributes'));
  const watched = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'lang', 'dir'] };
  mutations.observe(document.documentElement, watched);
  if (document.body) mutations.observe(document.body, watched);
  return () => {
    scheme.removeEventListener('change', onScheme);
    forcedColors.removeEventListener('change', onScheme);
    moreContrast.removeEventListener('change', onScheme);
    print.removeEventListener('change', onPrint);
    removeEventListener('beforeprint', onPrint);
    document.fonts?.removeEventListener('loadingdone', onFonts);
    mutations.disconnect();
  };
}

/** Subscribes to page signals; the returned function unsubscribes. The last one out removes the listeners. */
export function onPageSignal(listener: Listener): () => void {
  listeners.add(listener);
  teardown ??= start();
  return () => {
    listeners.delete(listener);
    if (!listeners.size && teardown) {
      teardown();
      teardown = undefined;
    }
  };
}

/** For the leak tests: how many widgets listen. */
export function pageSignalListenerCount(): number {
  return listeners.size;
}
