/**
 * A sparkline of the arrival rate over the run, with bursts as ticks, and a
 * sentence saying where it peaks and how many arrivals to expect: what the
 * traffic numbers mean before pressing Play.
 */
import { useId, useMemo } from 'react';
import { trafficSchema, type NodeKind, type Traffic } from '../../model';
import { useScenarioStore } from '../../store/useScenarioStore';
import { formatRunTime } from '../Toolbar/formatClock';
import { summarizeTraffic, trafficPreviewPoints, trafficSummaryText } from './trafficPreview';

const WIDTH = 240;
const HEIGHT = 56;
const PAD_Y = 4;
const TICK_HEIGHT = 8;

type Noun = { short: string; plural: string };
const REQUESTS: Noun = { short: 'req', plural: 'requests' };
const EVENTS: Noun = { short: 'events', plural: 'events' };
const MESSAGES: Noun = { short: 'msg', plural: 'messages' };
const RECORDS: Noun = { short: 'records', plural: 'records' };

/** What one arrival is at each kind of source. */
function nounFor(kind: NodeKind | undefined): Noun {
  switch (kind) {
    case 's3':
    case 'eventbridgeRule':
      return EVENTS;
    case 'sns':
    case 'sqs':
      return MESSAGES;
    case 'kinesis':
    case 'dynamodbStream':
      return RECORDS;
    default:
      return REQUESTS;
  }
}

function Sparkline({ traffic, durationSeconds, peak, label, describedBy }: { traffic: Traffic; durationSeconds: number; peak: number; label: string; describedBy: string }) {
  const points = useMemo(() => trafficPreviewPoints(traffic, durationSeconds), [traffic, durationSeconds]);
  const yMax = peak > 0 ? peak * 1.1 : 1;
  const x = (t: number) => (t / durationSeconds) * WIDTH;
  const y = (rate: number) => HEIGHT - PAD_Y - (rate / yMax) * (HEIGHT - 2 * PAD_Y);
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.tSeconds).toFixed(2)},${y(p.ratePerSecond).toFixed(2)}`).join(' ');
  return (
    <svg className="lp-sparkline" role="img" aria-label={label} aria-describedby={describedBy} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none">
      <path className="lp-sparkline-area" d={`${line} L${WIDTH},${HEIGHT} L0,${HEIGHT} Z`} />
      <path className="lp-sparkline-line" d={line} vectorEffect="non-scaling-stroke" data-testid="traffic-sparkline" />
      {traffic.bursts
        .filter((b) => b.atSeconds < durationSeconds)
        .map((b, i) => (
          <line key={i} className="lp-sparkline-burst" x1={x(b.atSeconds)} x2={x(b.atSeconds)} y1={HEIGHT} y2={HEIGHT - TICK_HEIGHT} vectorEffect="non-scaling-stroke" data-testid="traffic-burst" />
        ))}
    </svg>
  );
}

interface Props {
  /** The node whose traffic this is: its kind names the arrivals, its stored traffic is what the engine runs. */
  nodeId: string;
  /** The traffic in the form, possibly not valid yet. */
  value: unknown;
}

export function TrafficPreview({ nodeId, value }: Props) {
  const durationSeconds = useScenarioStore((s) => s.meta.durationSeconds);
  const node = useScenarioStore((s) => s.nodes.find((n) => n.id === nodeId));
  const summaryId = useId();
  const draft = useMemo(() => trafficSchema.safeParse(value), [value]);
  const stored = (node?.data.config as { traffic?: Traffic } | undefined)?.traffic;
  const traffic = draft.success ? draft.data : stored;
  const summary = useMemo(() => (traffic ? summarizeTraffic(traffic, durationSeconds) : null), [traffic, durationSeconds]);
  if (!traffic || !summary) return null;
  const text = trafficSummaryText(summary, durationSeconds, nounFor(node?.data.kind));
  return (
    <div className="lp-traffic-preview">
      <Sparkline traffic={traffic} durationSeconds={durationSeconds} peak={summary.peakRatePerSecond} label="Arrival rate over the run" describedBy={summaryId} />
      <div className="lp-sparkline-axis" aria-hidden="true">
        <span>{formatRunTime(0)}</span>
        <span>{formatRunTime(durationSeconds)}</span>
      </div>
      <p id={summaryId} className="lp-traffic-summary" data-testid="traffic-summary">
        {text}
      </p>
      {!draft.success && <p className="lp-field-help">Some values above are not valid: this is the traffic the engine runs.</p>}
    </div>
  );
}
