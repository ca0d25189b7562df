import type { Page } from 'playwright';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (options: Parameters<Page['emulateMedia']>[0]) => Promise<void>;
  }
}
