import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Raw, gzip -9 and brotli (quality 11) sizes of one buffer, in bytes. Each file is compressed on its own, as served. */
export function sizeOf(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }).length,
  };
}

/** The summed sizes of several files (each compressed separately, as a browser downloads them). */
export function sizeOfFiles(paths) {
  const total = { raw: 0, gzip: 0, brotli: 0, files: paths.length };
  for (const path of paths) {
    const size = sizeOf(readFileSync(path));
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.brotli += size.brotli;
  }
  return total;
}
