/** Shares and sums of an export mix: pure, no DOM, no locale. */

/** The sum of the parts (the project computes it: a derived figure). */
export function sumOf(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}

/** Each part as a percentage of the parts' sum; all zeros when the sum is not positive. */
export function sharesOf(values: number[]): number[] {
  const total = sumOf(values);
  return values.map((value) => (total > 0 ? (value / total) * 100 : 0));
}

/** `part` as a percentage of `whole` (the "new three" of exports: 101.83 / 682.31 → 14.92); undefined without a positive whole. */
export function shareOf(part: number, whole: number): number | undefined {
  return whole > 0 && Number.isFinite(part) ? (part / whole) * 100 : undefined;
}

/** The "new three"'s share of exports from the segments: electric vehicles plus batteries and PV, over all segments. */
export function newThreeShare(segments: { key: string; value: number }[], newThreeKeys: readonly string[]): number | undefined {
  const parts = segments.filter((segment) => newThreeKeys.includes(segment.key));
  if (parts.length !== newThreeKeys.length) return undefined;
  return shareOf(sumOf(parts.map((part) => part.value)), sumOf(segments.map((segment) => segment.value)));
}
