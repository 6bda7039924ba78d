/**
 * An SQS queue and the event source mappings that poll it (lambda-model.md
 * §6.1, §6.2, Part 1). Messages wait as runs (sqsMessages.ts); each mapping's
 * pollers take batches, invoke the function synchronously, and delete the
 * batch on success. A failed or throttled batch stays invisible until the
 * visibility timeout, then reappears with its receive count up by one; after
 * `maxReceiveCount` receives it moves to the queue's dead-letter queue. A
 * batch that outlives its visibility timeout reappears while it runs, and
 * messages older than the retention period are deleted.
 */
import { resolveMappingConfig, type NodeOfKind, type ScenarioEdge } from '../../model';
import type { PatchResult, ResourceSummary } from '../api';
import type { Delivery, EngineContext, InvokeOutcome, MetricHandle, SimNode, TrafficHandle } from '../ports';
import { countOf, maxChainDepthOf, oldestOf, poisonOf, type MessageRun } from './backlog';
import { LogLimiter } from './logLimiter';
import { edgeTarget, ResourceCounters } from './resourceCounters';
import { runPollerClock, SqsMapping } from './sqsMapping';
import { createSqsMessages, type ReceivedBatch, type SqsMessages } from './sqsMessages';

type SqsConfig = NodeOfKind<'sqs'>['config'];

interface RunningBatch extends ReceivedBatch {
  receivedAtMs: number;
  /** The visibility timeout ended while the function still ran: the messages are back in the queue. */
  expired: boolean;
}

const SAMPLE_MS = 1000;

export function createSqsNode(node: NodeOfKind<'sqs'>, ctx: EngineContext): SimNode {
  return new SqsQueue(node, ctx);
}

class SqsQueue implements SimNode {
  readonly id: string;
  readonly kind = 'sqs' as const;
  private config: SqsConfig;
  private readonly counters = new ResourceCounters();
  private readonly logs: LogLimiter;
  private readonly messages: SqsMessages;
  /** One request object for every receive: the function reads it while invokeSync runs and keeps none of it. */
  private readonly request = { sourceId: '', batchSize: 0, poisonRecords: 0, chainDepth: 0, reportBatchItemFailures: false };
  /** Batches with their invocation running. */
  private readonly running = new Set<RunningBatch>();
  /** Batches that failed, hidden until their visibility timeout ends. */
  private readonly hidden = new Set<MessageRun[]>();
  private notVisible = 0;
  private mappings: SqsMapping[] = [];
  private traffic: TrafficHandle | null = null;
  private scalingActive = false;
  private pumpScheduled = false;
  private readonly series: Record<'visible' | 'notVisible' | 'oldestAge' | 'deleted' | 'sent' | 'received' | 'pollers' | 'throttled' | 'redriven', MetricHandle>;

  constructor(
    node: NodeOfKind<'sqs'>,
    private readonly ctx: EngineContext,
  ) {
    this.id = node.id;
    this.request.sourceId = node.id;
    this.config = node.config;
    this.logs = new LogLimiter(ctx, node.id);
    this.messages = createSqsMessages(node.config, ctx.rng);
    const m = ctx.metrics;
    this.series = {
      visible: m.series(this.id, 'ApproximateNumberOfMessagesVisible', 'last'),
      notVisible: m.series(this.id, 'ApproximateNumberOfMessagesNotVisible', 'last'),
      oldestAge: m.series(this.id, 'ApproximateAgeOfOldestMessage', 'max'),
      deleted: m.series(this.id, 'NumberOfMessagesDeleted', 'sum'),
      sent: m.series(this.id, 'NumberOfMessagesSent', 'sum'),
      received: m.series(this.id, 'NumberOfMessagesReceived', 'sum'),
      pollers: m.series(this.id, 'PollerConcurrency', 'last'),
      throttled: m.series(this.id, 'ThrottledReceives', 'sum'),
      redriven: m.series(this.id, 'MessagesMovedToDeadLetterQueue', 'sum'),
    };
  }

  start(): void {
    this.mappings = this.ctx
      .outgoing(this.id)
      .filter((e) => e.kind === 'trigger')
      .map((edge) => new SqsMapping(edge, this.ctx, resolveMappingConfig('sqs', edge.config), this.config.fifo));
    this.traffic = this.ctx.startTraffic(this.config.traffic, (count) => this.enqueue(count, 0, false));
    if (this.config.initialBacklog > 0) this.enqueue(this.config.initialBacklog, 0, false);
    for (const poison of this.config.poisonRecords) {
      this.ctx.kernel.at(poison.atSeconds * 1000, () => this.enqueue(poison.count, 0, true));
    }
    this.sample();
    if (this.config.maxReceiveCount !== null && this.redriveTarget() === null) {
      this.ctx.log({
        nodeId: this.id,
        level: 'info',
        category: 'info',
        message: `maxReceiveCount ${this.config.maxReceiveCount} has no effect without a dead-letter queue (a redrive policy names one): failed messages are retried until their retention period ends`,
      });
    }
  }

  /**
   * A delivery arrives while its sender is still finishing (a write happens as
   * the writing invocation ends): the pollers see it in an event of its own, so
   * no invoke starts inside another node's callback.
   */
  receive(delivery: Delivery): void {
    this.enqueue(delivery.count, delivery.chainDepth, false, true);
  }

  private enqueue(count: number, chainDepth: number, poison: boolean, deferPump = false): void {
    if (count <= 0) return;
    const now = this.ctx.kernel.now;
    this.counters.arrived += count;
    this.series.sent.add(count);
    this.messages.add({ count, firstEnqueuedMs: now, lastEnqueuedMs: now, receiveCount: 0, chainDepth, poison });
    this.counters.noteBacklog(this.messages.size + this.notVisible);
    this.startScaling();
    if (!deferPump) this.pump();
    else if (!this.pumpScheduled) {
      this.pumpScheduled = true;
      this.ctx.kernel.after(0, () => {
        this.pumpScheduled = false;
        this.pump();
      });
    }
  }

  /** Lets every mapping's pollers take batches while they have room. */
  private pump(): void {
    for (const mapping of this.mappings) {
      while (mapping.hasRoom()) {
        const batch = this.takeBatch(mapping);
        if (!batch) break;
        this.dispatch(mapping, batch);
      }
    }
  }

  private takeBatch(mapping: SqsMapping): ReceivedBatch | null {
    const messages = this.messages;
    if (!messages.receivable) return null;
    if (messages.usesBatchingWindow && !mapping.windowAllows(messages.size, () => this.pump())) return null;
    return messages.take(Math.min(mapping.config.batchSize, messages.maxBatchSize));
  }

  private dispatch(mapping: SqsMapping, taken: ReceivedBatch): void {
    const group = taken.group;
    // The runs taken are the batch's own (out of the queue): their receive count goes up in place.
    const runs = taken.runs;
    for (let i = 0; i < runs.length; i++) runs[i].receiveCount++;
    const count = countOf(runs);
    const receivedAtMs = this.ctx.kernel.now;
    this.notVisible += count;
    this.series.received.add(count);
    const batch: RunningBatch = { runs, group, receivedAtMs, expired: false };
    const request = this.request;
    request.batchSize = count;
    request.poisonRecords = poisonOf(runs);
    request.chainDepth = maxChainDepthOf(runs);
    request.reportBatchItemFailures = mapping.config.reportBatchItemFailures;
    const admission = mapping.fn.invokeSync(request, (outcome) => this.finish(mapping, batch, outcome));
    if (admission.admitted) {
      this.running.add(batch);
      mapping.started();
      return;
    }
    // §1.5, §6.1: a throttled (or recursion-stopped, §9) invoke is a receive that failed. The
    // messages stay in the queue, so they are not `rejected`: they end later, delivered or redriven.
    if (admission.reason === 'RecursiveInvocationLoopDetected') {
      this.counters.add('recursionStopped', count);
    } else {
      this.counters.add('throttledReceives');
      this.series.throttled.add(1);
      mapping.throttled(() => this.pump());
    }
    this.logThrottle(mapping, admission.message);
    this.returnLater(runs, group, receivedAtMs);
  }

  private finish(mapping: SqsMapping, batch: RunningBatch, outcome: InvokeOutcome): void {
    mapping.finished(outcome.status !== 'success');
    this.running.delete(batch);
    const { runs, group, receivedAtMs } = batch;
    if (batch.expired) {
      // Deleting with the receipt handle of an expired receive "succeeds, but the message might not be
      // deleted" (SQS): the messages stay for the receive that follows, and are processed twice.
      if (outcome.status === 'success') this.counters.add('duplicateDeliveries', countOf(runs) - outcome.failedRecords);
      this.pump();
      return;
    }
    let failed: MessageRun[] = [];
    let succeeded: MessageRun[] = runs;
    if (outcome.status !== 'success') {
      failed = runs;
      succeeded = [];
    } else if (outcome.failedRecords > 0) {
      [succeeded, failed] = this.messages.partition(runs, outcome.failedRecords);
    }
    const deleted = countOf(succeeded);
    this.counters.delivered += deleted;
    this.series.deleted.add(deleted);
    this.notVisible -= deleted;
    if (failed.length === 0) {
      this.messages.deleted(group);
    } else {
      this.returnLater(failed, group, receivedAtMs);
    }
    this.pump();
  }

  /** The messages stay hidden until the visibility timeout, counted from their receive. */
  private returnLater(runs: MessageRun[], group: number | null, receivedAtMs: number): void {
    this.hidden.add(runs);
    this.ctx.kernel.at(receivedAtMs + this.config.visibilityTimeoutSeconds * 1000, () => this.reappear(runs, group));
  }

  private reappear(returning: MessageRun[], group: number | null): void {
    this.hidden.delete(returning);
    this.notVisible -= countOf(returning);
    const retentionCutoffMs = this.ctx.kernel.now - this.config.messageRetentionSeconds * 1000;
    const runs = returning.filter((r) => r.lastEnqueuedMs > retentionCutoffMs);
    const expired = countOf(returning) - countOf(runs);
    if (expired > 0) this.dropExpired(expired);
    // A redrive policy names its dead-letter queue: without one, maxReceiveCount has no effect.
    const maxReceives = this.redriveTarget() === null ? null : this.config.maxReceiveCount;
    const redrive = maxReceives === null ? [] : runs.filter((r) => r.receiveCount >= maxReceives);
    const back = maxReceives === null ? runs : runs.filter((r) => r.receiveCount < maxReceives);
    for (const run of redrive) this.redrive(run);
    this.messages.giveBack(back, group);
    this.pump();
  }

  /** §6.1: after maxReceiveCount receives the message moves to the queue's dead-letter queue. */
  private redrive(run: MessageRun): void {
    const target = this.redriveTarget();
    if (target === null) return;
    this.counters.deadLettered += run.count;
    this.series.redriven.add(run.count);
    this.ctx.deliver(target, { sourceId: this.id, count: run.count, chainDepth: run.chainDepth, via: 'deadLetter' });
    this.logs.note('redrive', run.count, 'warn', 'deadLetter', (n) => `${n} message(s) received ${this.config.maxReceiveCount} times (maxReceiveCount) moved to '${target}'`);
  }

  private redriveTarget(): string | null {
    return edgeTarget(this.ctx, this.id, 'deadLetter');
  }

  private logThrottle(mapping: SqsMapping, reason: string): void {
    this.logs.note(
      'refused',
      1,
      'warn',
      'throttle',
      (n) =>
        `${n} receive(s) from '${this.id}' failed: '${mapping.fn.id}' refused the batch (${reason}); ` +
        `its messages stay invisible for ${this.config.visibilityTimeoutSeconds} s and count a receive`,
    );
  }

  /** §6.1: the mappings grow each minute while messages wait, and shrink when the queue runs dry. */
  private startScaling(): void {
    if (this.scalingActive || this.mappings.length === 0) return;
    this.scalingActive = true;
    runPollerClock(this.ctx, this.id, this.mappings, {
      messagesWaiting: () => this.messages.receivable,
      idle: () => this.notVisible === 0,
      pump: () => this.pump(),
      stopped: () => {
        this.scalingActive = false;
      },
    });
  }

  private oldestAgeMs(): number {
    let oldest = this.messages.oldestEnqueuedMs() ?? Infinity;
    for (const batch of this.running) if (!batch.expired) oldest = Math.min(oldest, oldestOf(batch.runs));
    for (const runs of this.hidden) oldest = Math.min(oldest, oldestOf(runs));
    return oldest === Infinity ? 0 : this.ctx.kernel.now - oldest;
  }

  /**
   * §6.1: a batch stays hidden for the visibility timeout only. A function that
   * runs longer sees its messages reappear while it works on them, and they are
   * received again (AWS: set the visibility timeout to at least 6 × the function
   * timeout). Checked once a second.
   */
  private expireLongRuns(): void {
    const limitMs = this.ctx.kernel.now - this.config.visibilityTimeoutSeconds * 1000;
    for (const batch of this.running) {
      if (batch.expired || batch.receivedAtMs > limitMs) continue;
      batch.expired = true;
      this.counters.add('visibilityTimeoutsWhileRunning');
      this.logs.note(
        'expired',
        1,
        'warn',
        'retry',
        (n) =>
          `${n} batch(es) ran longer than the ${this.config.visibilityTimeoutSeconds} s visibility timeout: their messages are visible again ` +
          'and will be processed twice. AWS recommends a visibility timeout of at least 6 × the function timeout.',
      );
      this.reappear(batch.runs, batch.group);
    }
  }

  /** Messages older than the retention period are deleted unread (SQS MessageRetentionPeriod). */
  private expireOldMessages(): void {
    const cutoffMs = this.ctx.kernel.now - this.config.messageRetentionSeconds * 1000;
    if (cutoffMs <= 0) return;
    const expired = this.messages.expireBefore(cutoffMs);
    if (expired > 0) this.dropExpired(expired);
  }

  private dropExpired(expired: number): void {
    this.counters.dropped += expired;
    this.counters.add('expiredMessages', expired);
    this.logs.note('retention', expired, 'warn', 'drop', (n) => `${n} message(s) reached the ${this.config.messageRetentionSeconds} s retention period without being processed and were deleted`);
  }

  private sample(): void {
    this.expireLongRuns();
    this.expireOldMessages();
    const ageMs = this.oldestAgeMs();
    this.series.visible.set(this.messages.size);
    this.series.notVisible.set(this.notVisible);
    this.series.oldestAge.set(ageMs);
    this.series.pollers.set(this.mappings.reduce((n, m) => n + m.target, 0));
    this.counters.max('maxAgeOfOldestMessageMs', ageMs);
    if (this.ctx.kernel.now + SAMPLE_MS <= this.ctx.endMs) this.ctx.kernel.after(SAMPLE_MS, () => this.sample());
  }

  applyConfig(config: unknown): PatchResult {
    const next = config as SqsConfig;
    if (next.fifo !== this.config.fifo || next.messageGroups !== this.config.messageGroups)
      return { ok: false, message: 'a queue cannot change between FIFO and standard, or its message groups, during a run' };
    this.config = next;
    this.traffic?.setTraffic(next.traffic);
    return { ok: true };
  }

  applyEdgeConfig(edge: ScenarioEdge): PatchResult {
    const mapping = this.mappings.find((m) => m.edgeId === edge.id);
    if (!mapping) return { ok: true };
    mapping.reconfigure(resolveMappingConfig('sqs', edge.config));
    this.pump();
    return { ok: true };
  }

  live(): Record<string, number> {
    return {
      backlog: this.messages.size,
      inFlight: this.notVisible,
      oldestAgeMs: this.oldestAgeMs(),
      concurrency: this.mappings.reduce((n, m) => n + m.inFlightBatches, 0),
    };
  }

  summary(): ResourceSummary {
    // The most batches the mappings ran at once (summed over mappings when a source triggers several functions).
    if (this.mappings.length > 0) this.counters.max('maxConcurrentBatches', this.mappings.reduce((n, m) => n + m.maxInFlightBatches, 0));
    return this.counters.summary('sqs');
  }
}
