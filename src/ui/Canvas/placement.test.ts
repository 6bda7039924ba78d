import { expect, it } from 'vitest';
import { freeSpot, type Rect } from './placement';

const size = { width: 236, height: 100 };
const node = (x: number, y: number): Rect => ({ x, y, ...size });

it('an empty canvas takes the preferred spot', () => {
  expect(freeSpot({ x: 10, y: 20 }, size, [])).toEqual({ x: 10, y: 20 });
});

it('a spot clear of every node by the gap is kept', () => {
  // The other node ends at x = 236; 236 + 24 = 260 is the first x clear of it.
  expect(freeSpot({ x: 260, y: 0 }, size, [node(0, 0)])).toEqual({ x: 260, y: 0 });
});

it('a spot on a node moves one cell up: the nearest cells are above and below, and up wins the tie', () => {
  // Cells are a node plus the 24 px gap apart: 124 px vertically, 260 px sideways. Up (distance 124) is nearer than sideways (260).
  expect(freeSpot({ x: 0, y: 0 }, size, [node(0, 0)])).toEqual({ x: 0, y: -124 });
});

it('with the cells above and below taken too, the next nearest is to the left', () => {
  const taken = [node(0, 0), node(0, -124), node(0, 124)];
  expect(freeSpot({ x: 0, y: 0 }, size, taken)).toEqual({ x: -260, y: 0 });
});

it('added again and again, nodes never overlap one another', () => {
  const taken: Rect[] = [node(0, 0)];
  for (let n = 0; n < 30; n++) {
    const spot = freeSpot({ x: 0, y: 0 }, size, taken);
    for (const t of taken) {
      const apart = spot.x >= t.x + t.width || t.x >= spot.x + size.width || spot.y >= t.y + t.height || t.y >= spot.y + size.height;
      expect(apart).toBe(true);
    }
    taken.push({ ...spot, ...size });
  }
});
