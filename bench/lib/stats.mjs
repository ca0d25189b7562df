/** Pure helpers of the benchmark: statistics, web-vitals sums, formatting. No I/O here (unit-tested). */

/** The median of a list of numbers (mean of the two middle values for an even count); NaN when empty. */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The p-th quantile (0..1) by linear interpolation between closest ranks; NaN when empty. */
export function quantile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** Total blocking time: Σ (duration − 50 ms) over long tasks (durations in ms; tasks ≤ 50 ms add nothing). */
export function totalBlockingTime(durations, threshold = 50) {
  return durations.reduce((sum, duration) => sum + Math.max(0, duration - threshold), 0);
}

/** How many tasks count as long (> threshold ms). */
export function longTaskCount(durations, threshold = 50) {
  return durations.filter((duration) => duration > threshold).length;
}

/**
 * Cumulative layout shift as the page saw it: the sum of `layout-shift` entry values that did not
 * follow recent input (entries are `{ value, hadRecentInput }`).
 */
export function cumulativeLayoutShift(entries) {
  return entries.reduce((sum, entry) => (entry.hadRecentInput ? sum : sum + entry.value), 0);
}

/** a / b, or NaN when b is not a positive number. */
export function ratio(a, b) {
  return b > 0 && Number.isFinite(a) ? a / b : NaN;
}

/** Bytes as kB (1 kB = 1000 B, as size-limit and the TOOLCHAIN table count), one decimal. */
export function kB(bytes) {
  return Number.isFinite(bytes) ? (bytes / 1000).toFixed(1) : 'n/a';
}

/** Milliseconds with one decimal. */
export function ms(value) {
  return Number.isFinite(value) ? value.toFixed(1) : 'n/a';
}

/** Plain-text table: first row is the header; columns after the first are right-aligned. */
export function formatTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column] ?? '').length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? String(cell ?? '').padEnd(widths[column]) : String(cell ?? '').padStart(widths[column]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** Markdown table with the same rows. */
export function markdownTable(rows) {
  const line = (row) => `| ${row.map((cell) => String(cell ?? '')).join(' | ')} |`;
  return [line(rows[0]), `|${rows[0].map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
