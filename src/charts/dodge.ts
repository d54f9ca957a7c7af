/** A mark's offset from its true position, in pixels (ECharts' symbolOffset: x right, y down). */
export type Offset = readonly [number, number];

/**
 * Offsets that spread `n` marks sharing one position so that no two are closer than `spacing` px: the n
 * points of a honeycomb strip `rows` rows high (odd: the middle one and as many above as below) nearest
 * to the position, the first at it. A group stays as compact as it can while keeping every mark whole (a
 * beeswarm), and is the same for the same n.
 */
export function dodgeOffsets(n: number, spacing: number, rows = 3): Offset[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`invalid count: ${n}`);
  if (!(spacing > 0)) throw new Error(`invalid spacing: ${spacing}`);
  if (!Number.isInteger(rows) || rows < 1 || rows % 2 === 0) throw new Error(`invalid rows: ${rows}`);
  // The n nearest cells are the same whatever the strip's reach (beyond its first n/rows + 1 cells), so one
  // sorted strip per spacing and height serves every group: an imported file's groups of thousands of marks
  // each sorted a strip of their own, half a second at 100,000 claims.
  const key = `${spacing}|${rows}`;
  const known = nearestFirst.get(key);
  if (known && known.length >= n) return known.slice(0, n);
  const strip = sortedStrip(Math.max(n, 2 * (known?.length ?? 0), 48), spacing, rows);
  nearestFirst.set(key, strip);
  return strip.slice(0, n);
}

/** Per spacing and height, the cells of the longest strip sorted so far, nearest first. */
const nearestFirst = new Map<string, Offset[]>();

/** The cells of a strip `rows` high, long enough for `n` marks, nearest first. */
function sortedStrip(n: number, spacing: number, rows: number): Offset[] {
  const half = (rows - 1) / 2;
  const reach = Math.ceil(n / rows) + 1;
  const cells: { x: number; y: number; d: number }[] = [];
  for (let row = -half; row <= half; row++)
    for (let k = -reach; k <= reach; k++) {
      // Rows above and below sit half a step across: neighbours in all six directions are one step away.
      const x = (k + (row % 2 === 0 ? 0 : 0.5)) * spacing;
      const y = row * spacing * (Math.sqrt(3) / 2);
      cells.push({ x, y, d: Math.hypot(x, y) });
    }
  // Nearest first; ties go to the middle row, then left before right, so the order is deterministic.
  cells.sort((a, b) => a.d - b.d || Math.abs(a.y) - Math.abs(b.y) || a.y - b.y || a.x - b.x);
  return cells.slice(0, n).map(({ x, y }) => [round(x), round(y)] as const);
}

const round = (v: number) => Math.round(v * 100) / 100 + 0; // + 0 turns -0 into 0

/** The same offsets moved right so none is left of the position: for a date known only to its month. */
export function forwardOffsets(offsets: readonly Offset[]): Offset[] {
  const minX = Math.min(0, ...offsets.map(([x]) => x));
  return offsets.map(([x, y]) => [round(x - minX), y] as const);
}
