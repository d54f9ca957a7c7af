/**
 * At most `max` of `rows` (already in reading order), for a chart that gives every row its own line.
 * A forest plot of a thousand imported claims is unreadable and its canvas tens of thousands of pixels
 * tall; this keeps it to a size a reader can take in. Kept, in this order: the first and last rows (the
 * ends of the spread), the rows `preferred` picks (the curated sources' claims), then the others spread
 * evenly over the order, so the drawn rows still show where the values cluster. Order is preserved.
 */
export function thinRows<T>(rows: readonly T[], max: number, preferred: (row: T) => boolean): T[] {
  if (rows.length <= max) return [...rows];
  const chosen = new Set<number>([0, rows.length - 1].slice(0, Math.max(0, max)));
  const indices = rows.map((_, i) => i);
  const take = (pool: number[]) => {
    const open = pool.filter((i) => !chosen.has(i));
    const slots = Math.min(open.length, max - chosen.size);
    for (let k = 0; k < slots; k++) chosen.add(open[Math.floor(((k + 0.5) * open.length) / slots)]!);
  };
  take(indices.filter((i) => preferred(rows[i]!)));
  take(indices);
  return [...chosen].sort((a, b) => a - b).map((i) => rows[i]!);
}
