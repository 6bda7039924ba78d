/**
 * Where a node added without a drop point goes (a click or Enter in the palette):
 * the free spot nearest the middle of the view, so it never lands on a node that
 * is already there. Pure: positions in flow coordinates, as React Flow keeps them.
 */
export interface Point {
  x: number;
  y: number;
}

export interface Rect extends Point {
  width: number;
  height: number;
}

/** Space kept between a new node and its neighbours, in flow pixels. */
export const PLACEMENT_GAP = 24;

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/**
 * The top-left corner for a node of `size` whose preferred top-left is `start`:
 * `start` itself when nothing is in the way, else the nearest free cell of a grid
 * one node (plus the gap) wide and high around it, searched ring by ring. Ties go
 * to the cell further up, then further left, so the choice is deterministic.
 */
export function freeSpot(start: Point, size: { width: number; height: number }, taken: readonly Rect[], gap = PLACEMENT_GAP, maxRings = 40): Point {
  const stepX = size.width + gap;
  const stepY = size.height + gap;
  const isFree = (p: Point) => !taken.some((t) => overlaps({ ...p, ...size }, t, gap));
  for (let ring = 0; ring <= maxRings; ring++) {
    const cells: { dx: number; dy: number; distance: number }[] = [];
    for (let i = -ring; i <= ring; i++)
      for (let j = -ring; j <= ring; j++) if (Math.max(Math.abs(i), Math.abs(j)) === ring) cells.push({ dx: i * stepX, dy: j * stepY, distance: Math.hypot(i * stepX, j * stepY) });
    cells.sort((a, b) => a.distance - b.distance || a.dy - b.dy || a.dx - b.dx);
    for (const cell of cells) {
      const candidate = { x: start.x + cell.dx, y: start.y + cell.dy };
      if (isFree(candidate)) return candidate;
    }
  }
  // A diagram dense past 40 rings in every direction: below everything.
  const bottom = Math.max(...taken.map((t) => t.y + t.height));
  return { x: start.x, y: bottom + gap };
}
