/** Levenshtein distance with a single reused row: titles are short, so this is cheap enough to run per error. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(tmp + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * The candidates closest to `input`, best first. A candidate that contains the input (or is contained by it)
 * ranks as if one edit away, so "Armistice" still suggests "Korean Armistice Agreement".
 */
export function closestMatches(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase().trim();
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const hay = candidate.toLowerCase();
    const contains = hay.includes(needle) || needle.includes(hay);
    const score = contains ? 1 : editDistance(needle, hay);
    const tolerance = Math.max(3, Math.floor(Math.max(needle.length, hay.length) * 0.4));
    if (score <= tolerance) scored.push({ candidate, score });
  }
  scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}
