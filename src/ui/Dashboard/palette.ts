/** Line colours that read on the light and the dark theme alike. */

/** One per function, queue or stream drawn (at most 4 + 4 + 4). */
const ENTITY_COLORS = ['#3b82f6', '#f59e0b', '#10b981', '#ec4899', '#8b5cf6', '#06b6d4', '#f97316', '#84cc16', '#ef4444', '#14b8a6', '#a855f7', '#a16207'];

export function entityColor(index: number): string {
  return ENTITY_COLORS[index % ENTITY_COLORS.length];
}

/** Status codes keep their colours in every diagram: success green, throttles amber, errors red and purple. */
export const STATUS_COLORS: Readonly<Record<number, string>> = {
  200: '#10b981',
  202: '#06b6d4',
  429: '#f59e0b',
  500: '#ef4444',
  502: '#a855f7',
  504: '#ec4899',
};
