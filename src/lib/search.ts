/** Search helpers shared by the search UI and its tests. */

/**
 * The comparison a query asks for, when it names two different codes:
 * "480 486", "480 vs 486", 「480と486の違い」 → "480-vs-486" (lower first, as in the URL).
 */
export function pairOf(query: string): string | undefined {
  const codes = [...new Set(query.match(/(?<!\d)[1-6]\d\d(?!\d)/g) ?? [])].map(Number);
  if (codes.length !== 2) return undefined;
  const [a, b] = codes.sort((x, y) => x - y);
  return `${a}-vs-${b}`;
}
