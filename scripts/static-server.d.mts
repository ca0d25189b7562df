import type { IncomingMessage, ServerResponse } from 'node:http';

export interface StaticServerOptions {
  port?: number;
  routes?: Record<string, (request: IncomingMessage, response: ServerResponse, url: URL) => unknown>;
  headers?: Record<string, string>;
  rewrite?: (pathname: string) => string;
}
export declare function serveStatic(root: string, options?: StaticServerOptions): Promise<{ url: string; close: () => Promise<void> }>;
