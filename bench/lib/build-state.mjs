/** Whether dist/ must be rebuilt before measuring: pure decision plus the file scan that feeds it. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `inputs`/`outputs`: modification times in ms (missing outputs as undefined); `missingTags`: element
 * tags with a source folder but no CDN entry. Returns the reason to rebuild, or '' when dist/ is fresh.
 */
export function staleReason({ inputs, outputs, missingTags = [] }) {
  const absent = Object.entries(outputs).filter(([, time]) => time === undefined).map(([name]) => name);
  if (absent.length) return `missing ${absent.join(', ')}`;
  if (missingTags.length) return `no CDN entry for ${missingTags.join(', ')}`;
  const built = Math.min(...Object.values(outputs));
  const newer = Object.entries(inputs).filter(([, time]) => time > built).map(([name]) => name);
  return newer.length ? `changed since the build: ${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ` (+${newer.length - 3})` : ''}` : '';
}

/** Every file under `dir` (recursively) with its mtime. */
export function modificationTimes(root, paths) {
  const times = {};
  const visit = (path) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const name of readdirSync(full)) visit(join(path, name));
    } else times[path] = stat.mtimeMs;
  };
  for (const path of paths) visit(path);
  return times;
}

/** The mtime of each output, undefined when absent. */
export function outputTimes(root, paths) {
  return Object.fromEntries(paths.map((path) => [path, existsSync(join(root, path)) ? statSync(join(root, path)).mtimeMs : undefined]));
}
