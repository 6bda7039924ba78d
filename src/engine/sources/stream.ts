/**
 * A Kinesis data stream or a DynamoDB stream and the mappings that read it
 * (lambda-model.md §6.3, §6.4, Part 1). Records land in a shard (partition
 * keys hash uniformly); each mapping reads every shard in order, one batch per
 * shard × `parallelizationFactor` at a time, polling each shard once a second
 * (Kinesis) or four times a second (DynamoDB). A batch that cannot be
 * processed goes, as an invocation record, to the stream's on-failure
 * destination.
 */
import { resolveMappingConfig, type MappingConfig, type NodeOfKind, type ScenarioEdge } from '../../model';
import type { PatchResult, ResourceSummary } from '../api';
import type { Delivery, EngineContext, FunctionPort, MetricHandle, SimNode, TrafficHandle } from '../ports';
import { countOf, maxChainDepthOf, type MessageRun } from './backlog';
import { LogLimiter } from './logLimiter';
import { ShardWriteLimits } from './shardWriteLimit';
import { edgeTarget, ResourceCounters } from './resourceCounters';
import { StreamLane, type GiveUpCondition, type LaneHost } from './streamLane';

type StreamNodeSpec = NodeOfKind<'kinesis'> | NodeOfKind<'dynamodbStream'>;
type StreamConfig = StreamNodeSpec['config'];

/** §6.3 "polls each shard … at a base rate of once per second"; §6.4 "4 times per second". */
export const POLL_INTERVAL_MS = { kinesis: 1000, dynamodbStream: 250 } as const;
/** Records of one arrival are spread one by one up to this many; evenly beyond it. */
const SPREAD_LIMIT = 64;
const SAMPLE_MS = 1000;
const HOUR_MS = 3_600_000;

export function createStreamNode(node: StreamNodeSpec, ctx: EngineContext): SimNode {
  return new StreamNode(node, ctx);
}

/** One mapping's view of the stream: its lanes, shard by shard. */
class StreamMapping {
  readonly lanes: StreamLane[][] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Records written and not yet processed, skipped or expired (in-flight batches included). */
  outstanding = 0;

  constructor(
    readonly edgeId: string,
    readonly fn: FunctionPort,
    public config: MappingConfig,
  ) {}

}

class StreamNode implements SimNode {
  readonly id: string;
  readonly kind: 'kinesis' | 'dynamodbStream';
  private config: StreamConfig;
  private readonly counters = new ResourceCounters();
  private readonly logs: LogLimiter;
  private readonly mappings: StreamMapping[] = [];
  private pollPhaseMs: number[] = [];
  private traffic: TrafficHandle | null = null;
  private readonly series: Record<'incoming' | 'iteratorAge' | 'backlog' | 'writeRefused', MetricHandle>;
  /** Kinesis only: DynamoDB writes its stream itself, at the table's pace. */
  private readonly writeLimits: ShardWriteLimits | null;

  constructor(
    node: StreamNodeSpec,
    private readonly ctx: EngineContext,
  ) {
    this.id = node.id;
    this.kind = node.kind;
    this.config = node.config;
    this.logs = new LogLimiter(ctx, node.id);
    this.series = {
      incoming: ctx.metrics.series(this.id, 'IncomingRecords', 'sum'),
      iteratorAge: ctx.metrics.series(this.id, 'IteratorAge', 'max'),
      backlog: ctx.metrics.series(this.id, 'RecordsBehind', 'last'),
      writeRefused: ctx.metrics.series(this.id, 'WriteProvisionedThroughputExceeded', 'sum'),
    };
    this.writeLimits = node.kind === 'kinesis' ? new ShardWriteLimits(node.config.shards) : null;
  }

  private get pollIntervalMs(): number {
    return POLL_INTERVAL_MS[this.kind];
  }

  start(): void {
    const shards = this.config.shards;
    // Each shard's poller starts at its own phase within the polling interval.
    this.pollPhaseMs = Array.from({ length: shards }, () => this.ctx.rng.next() * this.pollIntervalMs);
    for (const edge of this.ctx.outgoing(this.id)) {
      if (edge.kind !== 'trigger') continue;
      const mapping = new StreamMapping(edge.id, this.ctx.fn(edge.target), resolveMappingConfig(this.kind, edge.config));
      for (let s = 0; s < shards; s++) {
        const host = this.laneHost(mapping, s);
        mapping.lanes.push(Array.from({ length: mapping.config.parallelizationFactor }, () => new StreamLane(host)));
      }
      this.mappings.push(mapping);
    }
    this.writeInitialRecords(this.config.initialRecords);
    this.traffic = this.ctx.startTraffic(this.config.traffic, (count) => this.write(count, 0, false, null));
    for (const poison of this.config.poisonRecords) {
      this.ctx.kernel.at(poison.atSeconds * 1000, () => this.write(poison.count, 0, true, poison.shard % shards));
    }
    this.sample();
  }

  /** §9: loop detection does not follow records through Kinesis or DynamoDB Streams: a write starts a new chain. */
  receive(delivery: Delivery): void {
    this.write(delivery.count, 0, false, null);
  }

  /**
   * Records written in the hour before the run: TRIM_HORIZON starts at the
   * oldest record of each shard, LATEST after the newest (§6.3 StartingPosition).
   */
  private writeInitialRecords(count: number): void {
    if (count <= 0) return;
    this.counters.arrived += count;
    const shards = this.config.shards;
    for (const mapping of this.mappings) {
      if (mapping.config.startingPosition === 'LATEST') {
        this.counters.add('skippedByStartingPosition', count);
        continue;
      }
      mapping.outstanding += count;
      for (let s = 0; s < shards; s++) {
        const shardCount = Math.floor(count / shards) + (s < count % shards ? 1 : 0);
        const lanes = mapping.lanes[s];
        lanes.forEach((lane, i) => {
          const n = Math.floor(shardCount / lanes.length) + (i < shardCount % lanes.length ? 1 : 0);
          if (n > 0) lane.append({ firstEnqueuedMs: -HOUR_MS, lastEnqueuedMs: -HOUR_MS / Math.max(1, n), receiveCount: 0, chainDepth: 0, poison: false }, n);
        });
      }
    }
    this.counters.noteBacklog(this.backlog);
  }

  /** Appends records to a shard (random when null), for every mapping. */
  private write(count: number, chainDepth: number, poison: boolean, shard: number | null): void {
    if (count <= 0) return;
    const now = this.ctx.kernel.now;
    const run = { firstEnqueuedMs: now, lastEnqueuedMs: now, receiveCount: 0, chainDepth, poison };
    const shards = this.config.shards;
    const place = (s: number, written: number) => {
      const n = this.writeLimits ? this.writeLimits.admit(s, written, now) : written;
      if (n < written) this.refuseWrites(written - n);
      if (n === 0) return;
      this.counters.arrived += n;
      this.series.incoming.add(n);
      for (const mapping of this.mappings) {
        mapping.outstanding += n;
        const lanes = mapping.lanes[s];
        if (n <= SPREAD_LIMIT) for (let i = 0; i < n; i++) lanes[this.ctx.rng.int(lanes.length)].append(run, 1);
        else lanes.forEach((lane, i) => lane.append(run, Math.floor(n / lanes.length) + (i < n % lanes.length ? 1 : 0)));
      }
    };
    if (shard !== null) place(shard, count);
    else if (count <= SPREAD_LIMIT) for (let i = 0; i < count; i++) place(this.ctx.rng.int(shards), 1);
    else for (let s = 0; s < shards; s++) place(s, Math.floor(count / shards) + (s < count % shards ? 1 : 0));
    this.counters.noteBacklog(this.backlog);
  }

  private get backlog(): number {
    return this.mappings.reduce((n, m) => Math.max(n, m.outstanding), 0);
  }

  private refuseWrites(count: number): void {
    this.counters.rejected += count;
    this.series.writeRefused.add(count);
    this.logs.note(
      'writeLimit',
      count,
      'warn',
      'throttle',
      (n) => `${n} record(s) refused: a shard takes at most 1,000 records a second (ProvisionedThroughputExceededException); add shards`,
    );
  }

  private laneHost(mapping: StreamMapping, shard: number): LaneHost {
    const ctx = this.ctx;
    const retentionMs = () => this.config.retentionHours * 3_600_000;
    return {
      get now() {
        return ctx.kernel.now;
      },
      fn: mapping.fn,
      get config() {
        return mapping.config;
      },
      sourceId: this.id,
      get retentionMs() {
        return retentionMs();
      },
      later: (delayMs, fn) => void ctx.kernel.after(delayMs, fn),
      nextPollMs: () => {
        const phase = this.pollPhaseMs[shard];
        const interval = this.pollIntervalMs;
        return phase + Math.ceil((ctx.kernel.now - phase) / interval) * interval;
      },
      onStarted: () => {
        mapping.inFlight++;
        mapping.maxInFlight = Math.max(mapping.maxInFlight, mapping.inFlight);
      },
      onFinished: (runs) => {
        mapping.inFlight--;
        const ageMs = StreamLane.iteratorAgeMs(runs, ctx.kernel.now);
        this.series.iteratorAge.set(ageMs);
        this.counters.max('maxIteratorAgeMs', ageMs);
      },
      onProcessed: (count) => {
        mapping.outstanding -= count;
        this.counters.delivered += count;
      },
      onGiveUp: (runs, condition, invokeCount) => this.giveUp(mapping, shard, runs, condition, invokeCount),
      onExpired: (count) => {
        mapping.outstanding -= count;
        this.counters.dropped += count;
        this.counters.add('expiredRecords', count);
        this.logs.note('expired', count, 'warn', 'drop', (n) => `${n} record(s) expired after ${this.config.retentionHours} h before '${mapping.fn.id}' processed them`);
      },
      onBlocked: (count) => {
        const retries = mapping.config.maximumRetryAttempts;
        this.logs.note(
          'blocked',
          1,
          'warn',
          'retry',
          (n) =>
            `${n === 1 ? `A batch of ${count} record(s) from shard ${shard}` : `${n} batches`} failed in '${mapping.fn.id}': ` +
            `the shard waits while it is retried ${retries === -1 ? 'until it succeeds or its records expire' : `up to ${retries} time(s)`}`,
        );
      },
      onRefused: (_count, reason, throttle) => {
        // The batch stays at the head of its shard and is retried: not a final outcome, so not `rejected`.
        this.counters.add(throttle ? 'throttledBatches' : 'recursionStopped');
        if (!throttle) this.logs.note('recursion', 1, 'warn', 'recursion', () => reason);
      },
    };
  }

  /** §6.3: the records are skipped; an invocation record (metadata only) goes to the on-failure destination. */
  private giveUp(mapping: StreamMapping, shard: number, runs: MessageRun[], condition: GiveUpCondition, invokeCount: number): void {
    const count = countOf(runs);
    mapping.outstanding -= count;
    const target = edgeTarget(this.ctx, this.id, 'onFailure');
    this.counters.add(condition === 'RecordAgeExceeded' ? 'recordAgeExceeded' : 'retryAttemptsExhausted', count);
    if (target === null) this.counters.dropped += count;
    else {
      this.counters.deadLettered += count;
      this.ctx.deliver(target, { sourceId: this.id, count: 1, chainDepth: maxChainDepthOf(runs), via: 'onFailure', condition });
    }
    this.logs.note(
      condition,
      count,
      'warn',
      target === null ? 'drop' : 'destination',
      (n) =>
        `'${mapping.fn.id}' gave up on ${n} record(s) (${condition}; the last from shard ${shard}, after ${invokeCount} failed invocation(s)); ` +
        (target === null ? 'no on-failure destination, so they are lost' : `an invocation record went to '${target}'`),
    );
  }

  private oldestAgeMs(): number {
    let oldest = Infinity;
    for (const m of this.mappings) for (const shard of m.lanes) for (const lane of shard) oldest = Math.min(oldest, lane.oldestMs() ?? Infinity);
    return oldest === Infinity ? 0 : this.ctx.kernel.now - oldest;
  }

  private sample(): void {
    this.series.backlog.set(this.backlog);
    if (this.ctx.kernel.now + SAMPLE_MS <= this.ctx.endMs) this.ctx.kernel.after(SAMPLE_MS, () => this.sample());
  }

  applyConfig(config: unknown): PatchResult {
    const next = config as StreamConfig;
    if (next.shards !== this.config.shards) return { ok: false, message: 'resharding during a run is not simulated; stop the run to change shards' };
    this.config = next;
    this.traffic?.setTraffic(next.traffic);
    return { ok: true };
  }

  applyEdgeConfig(edge: ScenarioEdge): PatchResult {
    const mapping = this.mappings.find((m) => m.edgeId === edge.id);
    if (!mapping) return { ok: true };
    const next = resolveMappingConfig(this.kind, edge.config);
    if (next.parallelizationFactor !== mapping.config.parallelizationFactor)
      return { ok: false, message: 'changing the parallelization factor during a run is not simulated' };
    mapping.config = next;
    return { ok: true };
  }

  live(): Record<string, number> {
    const oldestAgeMs = this.oldestAgeMs();
    return {
      backlog: this.backlog,
      inFlight: this.mappings.reduce((n, m) => n + m.inFlight, 0),
      iteratorAgeMs: oldestAgeMs,
      oldestAgeMs,
    };
  }

  summary(): ResourceSummary {
    // The most batches the mappings ran at once (summed over mappings when a source triggers several functions).
    if (this.mappings.length > 0) this.counters.max('maxConcurrentBatches', this.mappings.reduce((n, m) => n + m.maxInFlight, 0));
    return this.counters.summary(this.kind);
  }
}
