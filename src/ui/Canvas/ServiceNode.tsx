/** One AWS resource on the canvas: icon, name, kind, typed handles and live badges. */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { NodeKind } from '../../model';
import type { ServiceNode as ServiceNodeType } from '../../store/diagram';
import { useLiveValue } from '../../store/liveSnapshot';
import { kindName } from '../kindName';
import { KIND_ICONS } from '../Palette/kinds';
import { isWarning } from './liveSelectors';
import { NodeBadges } from './NodeBadges';
import { useZoomedOut } from './zoomDetail';

/** Kinds nothing can point at: callers and schedules only start requests. */
const NO_TARGET: ReadonlySet<NodeKind> = new Set(['alb', 'apiGateway', 'functionUrl', 'client', 'eventbridgeSchedule']);

/** Extra outgoing handles, one per link kind that cannot be told from the two ends alone. */
const EXTRA_HANDLES: Partial<Record<NodeKind, { id: string; label: string }[]>> = {
  function: [
    { id: 'onSuccess', label: 'on success' },
    { id: 'onFailure', label: 'on failure' },
    { id: 'deadLetter', label: 'DLQ' },
  ],
  sqs: [{ id: 'deadLetter', label: 'redrive' }],
  kinesis: [{ id: 'onFailure', label: 'on failure' }],
  dynamodbStream: [{ id: 'onFailure', label: 'on failure' }],
};

function ServiceNodeView({ id, data, selected }: NodeProps<ServiceNodeType>) {
  const warning = useLiveValue((s) => isWarning(s, id));
  const zoomedOut = useZoomedOut();
  const Icon = KIND_ICONS[data.kind];
  const extras = EXTRA_HANDLES[data.kind] ?? [];
  const reserved = data.kind === 'function' ? (data.config as { reservedConcurrency: number | null }).reservedConcurrency : null;
  const label = data.label || id;
  const kind = kindName(data.kind, data.config);
  return (
    <div
      className={`lp-node lp-kind-${data.kind}${selected ? ' lp-node-selected' : ''}${warning ? ' lp-node-warn' : ''}`}
      data-testid={`node-${id}`}
      aria-label={`${kind} ${label}${warning ? ' (warning)' : ''}`}
    >
      {!NO_TARGET.has(data.kind) && <Handle type="target" position={Position.Left} aria-label={`Link into ${label}`} />}
      <div className="lp-node-head">
        {/* Zoomed out, a square of the kind's colour stands in for the icon: 200 small drawings cost a repaint of the whole canvas. */}
        {zoomedOut ? <span className="lp-node-icon-far" aria-hidden="true" /> : <Icon size={18} aria-hidden="true" />}
        <div>
          <div className="lp-node-label">{label}</div>
          <div className="lp-node-kind">{kind}</div>
        </div>
      </div>
      <NodeBadges nodeId={id} kind={data.kind} reserved={reserved} />
      <Handle type="source" id="out" position={Position.Right} aria-label={`Link out of ${label}`} />
      {extras.length > 0 && (
        <div className="lp-node-extras">
          {extras.map((handle) => (
            <div key={handle.id} className="lp-node-extra">
              <span>{handle.label}</span>
              <Handle
                type="source"
                id={handle.id}
                position={Position.Bottom}
                className={`lp-handle-${handle.id}`}
                data-testid={`handle-${id}-${handle.id}`}
                aria-label={`${handle.label} link out of ${label}`}
              />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

export const ServiceNode = memo(ServiceNodeView);
