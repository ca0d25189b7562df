import type { DataProblem } from './types.js';
import { csvToObjects } from './csv.js';

export interface LoadOptions {
  signal: AbortSignal;
  timeoutMs: number;
  /** A body larger than this is refused while it streams in, not after. */
  maxBytes?: number;
}

export type LoadResult = { data: unknown } | { problem: DataProblem } | { aborted: true };

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Stops a body we will not read, so the connection closes instead of downloading it anyway. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** Reads a body as text, giving up as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    // Refused on the header alone, but the browser would still download it all unless told to stop.
    await discard(response);
    return undefined;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) { bytes.set(chunk, offset); offset += chunk.byteLength; }
  return new TextDecoder().decode(bytes);
}

/** JSON, CSV or an HTML page (a 404 page, a login wall) told apart by content, not by the server's word. */
export function parseBody(text: string, contentType: string): { data: unknown } | { problem: DataProblem } {
  const body = text.replace(/^\ufeff/, '').trim();
  if (body.startsWith('<') || /html/i.test(contentType)) return { problem: { code: 'fetchHtml' } };
  if (body.startsWith('[') || body.startsWith('{') || /json/i.test(contentType)) {
    try {
      return { data: JSON.parse(body) };
    } catch (error) {
      return { problem: { code: 'json', detail: (error as Error).message } };
    }
  }
  try {
    return { data: csvToObjects(body) };
  } catch (error) {
    return { problem: { code: 'csv', detail: (error as Error).message } };
  }
}

/** Fetches a data URL. Never throws: every failure comes back as a problem the widget can show. */
export async function loadSource(url: string, options: LoadOptions): Promise<LoadResult> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, options.timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) {
      await discard(response);
      return { problem: { code: 'fetchFailed', detail: `HTTP ${response.status}` } };
    }
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const text = await readLimited(response, maxBytes);
    if (text === undefined) return { problem: { code: 'fetchTooLarge', count: Math.round(maxBytes / 1048576) } };
    return parseBody(text, response.headers.get('content-type') ?? '');
  } catch (error) {
    if (timedOut) return { problem: { code: 'fetchTimeout', count: Math.round(options.timeoutMs / 100) / 10 } };
    if (options.signal.aborted) return { aborted: true };
    return { problem: { code: 'fetchFailed', detail: (error as Error).message || 'network error' } };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', abort);
  }
}
