/** Level of detail: below the zoom where badge text can be read, nodes and links draw no live detail. */
import { useStore, type ReactFlowState } from '@xyflow/react';

/** At this zoom an 11 px badge is about 6 px on screen: too small to read, costly to repaint 200 times. */
export const DETAIL_MIN_ZOOM = 0.55;

const isFar = (state: ReactFlowState) => state.transform[2] < DETAIL_MIN_ZOOM;

/** True while the diagram is zoomed out past readable badges; components re-render only when this flips. */
export function useZoomedOut(): boolean {
  return useStore(isFar);
}
