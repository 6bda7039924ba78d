/** Live numbers on a node, read from the run store by selector (never through React Flow's node data). */
import { useLiveValue } from '../../store/liveSnapshot';
import { useScenarioStore } from '../../store/useScenarioStore';
import { SYNC_CALLER_KINDS, type NodeKind } from '../../model';
import { liveValue, runTotal } from './liveSelectors';
import { formatCount, formatDurationMs } from '../format';
import { useZoomedOut } from './zoomDetail';

/** The exact number, for the tooltip of a badge that shows it compact. */
const exact = (n: number) => Math.round(n).toLocaleString('en-US');

function FunctionBadges({ nodeId, reserved }: { nodeId: string; reserved: number | null }) {
  const concurrency = useLiveValue((s) => liveValue(s, nodeId, 'concurrency', 'ConcurrentExecutions'));
  const throttles = useLiveValue((s) => runTotal(s, nodeId, 'throttles', 'Throttles'));
  const coldStarts = useLiveValue((s) => runTotal(s, nodeId, 'coldStarts', 'ColdStarts'));
  const errors = useLiveValue((s) => runTotal(s, nodeId, 'errors', 'Errors'));
  const accountLimit = useScenarioStore((s) => s.meta.account.concurrencyLimit);
  const limit = reserved ?? accountLimit;
  return (
    <div className="lp-badges">
      <span className="lp-badge" data-testid={`badge-concurrency-${nodeId}`} title="Concurrent executions now, against the function's limit">
        {concurrency === null ? '–' : formatCount(concurrency)} / {formatCount(limit)}
      </span>
      <span className={`lp-badge${throttles > 0 ? ' lp-badge-warn' : ''}`} title={`Throttles so far: ${exact(throttles)}`} data-testid={`badge-throttles-${nodeId}`}>
        throttles {formatCount(throttles)}
      </span>
      <span className="lp-badge" title={`Cold starts so far: ${exact(coldStarts)}`} data-testid={`badge-coldstarts-${nodeId}`}>
        cold {formatCount(coldStarts)}
      </span>
      <span className={`lp-badge${errors > 0 ? ' lp-badge-error' : ''}`} title={`Function errors so far: ${exact(errors)}`} data-testid={`badge-errors-${nodeId}`}>
        errors {formatCount(errors)}
      </span>
    </div>
  );
}

function QueueBadges({ nodeId }: { nodeId: string }) {
  const backlog = useLiveValue((s) => liveValue(s, nodeId, 'backlog', 'ApproximateNumberOfMessagesVisible'));
  const age = useLiveValue((s) => liveValue(s, nodeId, 'oldestAgeMs', 'ApproximateAgeOfOldestMessage'));
  return (
    <div className="lp-badges">
      <span className="lp-badge" title={backlog === null ? 'Messages visible in the queue' : `Messages visible in the queue: ${exact(backlog)}`} data-testid={`badge-backlog-${nodeId}`}>
        backlog {backlog === null ? '–' : formatCount(backlog)}
      </span>
      {age !== null && age > 0 && (
        <span className="lp-badge" title="Age of the oldest message" data-testid={`badge-oldest-${nodeId}`}>
          oldest {formatDurationMs(age)}
        </span>
      )}
    </div>
  );
}

function StreamBadges({ nodeId }: { nodeId: string }) {
  const age = useLiveValue((s) => liveValue(s, nodeId, 'iteratorAgeMs', 'IteratorAge'));
  return (
    <div className="lp-badges">
      {/* One badge alone in its row takes the whole row: "iterator age 13.0 min" needs it. */}
      <span className="lp-badge lp-badge-wide" title="Iterator age: how far behind the newest record the mapping reads" data-testid={`badge-iterator-${nodeId}`}>
        iterator age {age === null ? '–' : formatDurationMs(age)}
      </span>
    </div>
  );
}

const isCaller = (kind: NodeKind) => (SYNC_CALLER_KINDS as readonly string[]).includes(kind);

/** What a synchronous caller answered so far: 2xx, 4xx (throttles), 5xx, with 504 (integration timeout) named. */
function CallerBadges({ nodeId }: { nodeId: string }) {
  const total = (status: number) => (s: Parameters<typeof runTotal>[0]) => runTotal(s, nodeId, `Status${status}`, `Status${status}`);
  const ok = useLiveValue((s) => total(200)(s) + total(202)(s));
  const client = useLiveValue(total(429));
  const server = useLiveValue((s) => total(500)(s) + total(502)(s) + total(504)(s));
  const timeouts = useLiveValue(total(504));
  return (
    <div className="lp-badges">
      <span className="lp-badge" title={`Answered 2xx (200, or 202 accepted for async) so far: ${exact(ok)}`} data-testid={`badge-2xx-${nodeId}`}>
        2xx {formatCount(ok)}
      </span>
      <span className={`lp-badge${client > 0 ? ' lp-badge-warn' : ''}`} title={`Answered 429 (throttled) so far: ${exact(client)}`} data-testid={`badge-4xx-${nodeId}`}>
        4xx {formatCount(client)}
      </span>
      <span className={`lp-badge${server > 0 ? ' lp-badge-error' : ''}`} title={`Answered 500, 502 or 504 so far: ${exact(server)}`} data-testid={`badge-5xx-${nodeId}`}>
        5xx {formatCount(server)}
      </span>
      {timeouts > 0 && (
        <span className="lp-badge lp-badge-error" title="504 Gateway Timeout: the integration timeout passed (the function runs on and is billed)" data-testid={`badge-504-${nodeId}`}>
          504 {formatCount(timeouts)}
        </span>
      )}
    </div>
  );
}

/** Badge rows each kind draws: the placeholder keeps the node's height, so links stay where they were. */
function badgeRows(kind: NodeKind): number {
  if (kind === 'function' || isCaller(kind)) return 2;
  if (kind === 'sqs' || kind === 'kinesis' || kind === 'dynamodbStream') return 1;
  return 0;
}

export function NodeBadges({ nodeId, kind, reserved }: { nodeId: string; kind: NodeKind; reserved: number | null }) {
  const zoomedOut = useZoomedOut();
  const rows = badgeRows(kind);
  // Zoomed out, the text is unreadable and repainting it is the costliest part of a large diagram's frame: the node's colour shows its warning instead.
  if (zoomedOut) return rows > 0 ? <div className={`lp-badges-far lp-badges-far-${rows}`} aria-hidden="true" /> : null;
  if (kind === 'function') return <FunctionBadges nodeId={nodeId} reserved={reserved} />;
  if (kind === 'sqs') return <QueueBadges nodeId={nodeId} />;
  if (kind === 'kinesis' || kind === 'dynamodbStream') return <StreamBadges nodeId={nodeId} />;
  if (isCaller(kind)) return <CallerBadges nodeId={nodeId} />;
  return null;
}
