/** A link drawn with its kind as a label; it animates while something flows along it. */
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { EdgeKind } from '../../model';
import type { KindEdge as KindEdgeType } from '../../store/diagram';
import { useLiveValue } from '../../store/liveSnapshot';
import { isFlowing } from './liveSelectors';
import { useZoomedOut } from './zoomDetail';

export const EDGE_KIND_LABELS: Readonly<Record<EdgeKind, string>> = {
  trigger: 'trigger',
  onSuccess: 'on success',
  onFailure: 'on failure',
  deadLetter: 'dead-letter',
  writes: 'writes',
};

function KindEdgeView(props: EdgeProps<KindEdgeType>) {
  const { id, source, target, data, selected, markerEnd } = props;
  const zoomedOut = useZoomedOut();
  // Zoomed out, links are drawn static: a flowing link changing colour repaints the canvas for a detail too small to see.
  const flowing = useLiveValue((s) => !zoomedOut && isFlowing(s, source, target));
  const [path, labelX, labelY] = getBezierPath(props);
  const kind = data?.kind ?? 'trigger';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`lp-edge lp-edge-${kind}${flowing ? ' lp-edge-flowing' : ''}${selected ? ' lp-edge-selected' : ''}`}
      />
      <EdgeLabelRenderer>
        <div
          className={`lp-edge-label lp-edge-label-${kind} nodrag nopan`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          data-testid={`edge-${id}`}
        >
          {EDGE_KIND_LABELS[kind]}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const KindEdge = memo(KindEdgeView);
