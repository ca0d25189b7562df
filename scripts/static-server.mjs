import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * A small static server on 127.0.0.1 for tests, screenshots and the benchmark.
 * `routes` may answer a path first (delays, custom headers, CSP); everything else is a file under `root`,
 * after an optional `rewrite(pathname)` (e.g. serve /slow/chunks/x.js from /cdn/chunks/x.js).
 */
export async function serveStatic(root, { port = 0, routes = {}, headers = {}, rewrite = (path) => path } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    try {
      const route = routes[url.pathname];
      if (route) return await route(request, response, url);
      let path = normalize(join(base, decodeURIComponent(rewrite(url.pathname))));
      if (!path.startsWith(base)) { response.writeHead(403).end(); return; }
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
      response.end(body);
    } catch {
      if (!response.headersSent) response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((done) => server.close(done)) };
}
