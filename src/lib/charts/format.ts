const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A value as the table prints it: thousands grouped, at most two decimals (54,988; 563.3; 4.2). */
export const formatValue = (value: number) => grouped.format(value);

/** A value short enough to stand above a bar: 54,988 → 55k, 1,200,000 → 1.2M, 563.3 → 563, 4.25 → 4.3. */
export function formatCompact(value: number): string {
  const abs = Math.abs(value);
  const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));
  if (abs >= 1e6) return `${trim(value / 1e6, abs >= 1e7 ? 0 : 1)}M`;
  if (abs >= 1e4) return `${trim(value / 1e3, 0)}k`;
  if (abs >= 100) return trim(value, 0);
  if (abs >= 10) return trim(value, 0);
  return trim(value, 1);
}

/** "2006-10-09" → 2006.77: the day as a fraction of its year, for a time axis. */
export function fractionalYear(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const start = Date.UTC(y!, 0, 1);
  const length = Date.UTC(y! + 1, 0, 1) - start;
  return y! + (Date.UTC(y!, m! - 1, d) - start) / length;
}

/** A value with its unit: "563.3 US$ million", "4.2 mb", "25 missiles", and "1 round" for one of a plural unit. */
export function withUnit(value: number, unit: string): string {
  const singular = Math.abs(value) === 1 && /^[a-z]+s$/i.test(unit) ? unit.slice(0, -1) : unit;
  return `${formatValue(value)} ${singular}`;
}

/** "2006, 2008 and 2011". */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
