/** The tags built into dist/cdn (one file each), injected by the CDN build (vite.config.ts). */
declare const __TRADE_WIDGET_TAGS__: readonly string[];
