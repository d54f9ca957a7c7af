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
  const half = (rows - 1) / 2;
  const rowIndices = Array.from({ length: rows }, (_, i) => i - half);
  const reach = Math.ceil(n / rows) + 1;
  const cells: Offset[] = [];
  for (const row of rowIndices)
    for (let k = -reach; k <= reach; k++) {
      // Rows above and below sit half a step across: neighbours in all six directions are one step away.
      const x = (k + (row % 2 === 0 ? 0 : 0.5)) * spacing;
      cells.push([x, row * spacing * (Math.sqrt(3) / 2)]);
    }
  const dist = ([x, y]: Offset) => Math.hypot(x, y);
  // Nearest first; ties go to the middle row, then left before right, so the order is deterministic.
  cells.sort((a, b) => dist(a) - dist(b) || Math.abs(a[1]) - Math.abs(b[1]) || a[1] - b[1] || a[0] - b[0]);
  return cells.slice(0, n).map(([x, y]) => [round(x), round(y)] as const);
}

const round = (v: number) => Math.round(v * 100) / 100 + 0; // + 0 turns -0 into 0

/** The same offsets moved right so none is left of the position: for a date known only to its month. */
export function forwardOffsets(offsets: readonly Offset[]): Offset[] {
  const minX = Math.min(0, ...offsets.map(([x]) => x));
  return offsets.map(([x, y]) => [round(x - minX), y] as const);
}
