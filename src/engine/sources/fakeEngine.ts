/**
 * A small engine for the source nodes' unit tests: the real kernel, random
 * generator and arrival processes, with functions reduced to what the nodes
 * see through FunctionPort (a concurrency limit, a fixed duration, a rule for
 * failures, the §9 recursion guard). The whole engine is tested through
 * `createSimulation`; this isolates the nodes' own rules.
 */
import { parseScenario, type ScenarioInput } from '../../model';
import { SimKernel } from '../kernel/kernel';
import { startArrivals } from '../kernel/arrivals';
import { SeededRng } from '../kernel/rng';
import type { LogEntry } from '../api';
import type { Admission, Delivery, EngineContext, FunctionPort, InvokeOutcome, InvokeRequest, MetricHandle, MetricsPort, SimNode } from '../ports';
import { createSourceNode } from './registry';

export interface FakeFunctionSpec {
  /** Concurrent invocations allowed (reserved concurrency); refusals are throttles. */
  concurrency?: number;
  durationMs?: number;
  /** Whether an invocation fails outright; by default, when it holds a poison record and does not report item failures. */
  fails?: (request: InvokeRequest, invocation: number) => boolean;
  /** Each successful invocation writes one message, object or event here (a `writes` edge). */
  writesTo?: string;
}

export interface Invocation {
  functionId: string;
  sourceId: string;
  batchSize: number;
  poisonRecords: number;
  chainDepth: number;
  startedMs: number;
  status: InvokeOutcome['status'];
}

/** §9: the 17th invocation of a chain is refused. */
const MAX_CHAIN_INVOCATIONS = 16;

export class FakeFunction implements FunctionPort {
  concurrent = 0;
  maxConcurrent = 0;
  throttles = 0;
  recursionStopped = 0;
  asyncEvents = 0;
  readonly invocations: Invocation[] = [];

  constructor(
    readonly id: string,
    private readonly spec: FakeFunctionSpec,
    private readonly engine: FakeEngine,
  ) {}

  invokeSync(request: InvokeRequest, onDone: (outcome: InvokeOutcome) => void): Admission {
    if (request.chainDepth >= MAX_CHAIN_INVOCATIONS) {
      this.recursionStopped++;
      return { admitted: false, reason: 'RecursiveInvocationLoopDetected', message: 'recursive loop stopped' };
    }
    if (this.concurrent >= (this.spec.concurrency ?? Infinity)) {
      this.throttles++;
      return { admitted: false, reason: 'ReservedFunctionConcurrentInvocationLimitExceeded', message: 'Rate Exceeded.' };
    }
    this.concurrent++;
    this.maxConcurrent = Math.max(this.maxConcurrent, this.concurrent);
    const kernel = this.engine.kernel;
    const startedMs = kernel.now;
    const poison = request.poisonRecords ?? 0;
    const failsOutright = this.spec.fails ? this.spec.fails(request, this.invocations.length) : poison > 0 && !request.reportBatchItemFailures;
    const failedRecords = failsOutright ? request.batchSize : request.reportBatchItemFailures ? poison : 0;
    const status = failsOutright ? 'error' : 'success';
    this.invocations.push({ functionId: this.id, sourceId: request.sourceId, batchSize: request.batchSize, poisonRecords: poison, chainDepth: request.chainDepth, startedMs, status });
    const durationMs = this.spec.durationMs ?? 100;
    kernel.after(durationMs, () => {
      this.concurrent--;
      if (status === 'success' && this.spec.writesTo) {
        this.engine.deliver(this.spec.writesTo, { sourceId: this.id, count: 1, chainDepth: request.chainDepth + 1, via: 'writes' });
      }
      onDone({ status, failedRecords, coldStart: false, startedMs, endedMs: kernel.now, durationMs });
    });
    return { admitted: true, coldStart: false };
  }

  invokeAsync(event: { sourceId: string; chainDepth: number; count?: number }): void {
    this.asyncEvents += event.count ?? 1;
  }
}

class RecordingMetrics implements MetricsPort {
  readonly sums = new Map<string, number>();
  readonly maxima = new Map<string, number>();
  /** Every series asked for, as `${nodeId}/${metric}`. */
  readonly keys = new Set<string>();

  series(nodeId: string, metric: string): MetricHandle {
    const key = `${nodeId}/${metric}`;
    this.keys.add(key);
    return {
      add: (v) => void this.sums.set(key, (this.sums.get(key) ?? 0) + v),
      set: (v) => void this.maxima.set(key, Math.max(this.maxima.get(key) ?? -Infinity, v)),
    };
  }
}

export class FakeEngine {
  readonly kernel = new SimKernel();
  readonly metrics = new RecordingMetrics();
  readonly log: LogEntry[] = [];
  readonly functions = new Map<string, FakeFunction>();
  readonly nodes = new Map<string, SimNode>();
  readonly endMs: number;
  readonly ctx: EngineContext;

  constructor(input: ScenarioInput, functionSpecs: Record<string, FakeFunctionSpec> = {}) {
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    const scenario = parsed.scenario;
    const rng = new SeededRng(scenario.seed);
    this.endMs = scenario.durationSeconds * 1000;
    const kernel = this.kernel;
    const endMs = this.endMs;
    this.ctx = {
      kernel,
      rng,
      metrics: this.metrics,
      log: (entry) => void this.log.push({ ...entry, tMs: kernel.now }),
      startTraffic: (traffic, onArrival) => startArrivals(kernel, rng, traffic, endMs, onArrival),
      fn: (id) => {
        const fn = this.functions.get(id);
        if (!fn) throw new Error(`no function ${id}`);
        return fn;
      },
      deliver: (target, delivery) => this.deliver(target, delivery),
      outgoing: (id) => scenario.edges.filter((e) => e.source === id),
      incoming: (id) => scenario.edges.filter((e) => e.target === id),
      scalingModel: scenario.account.scalingModel,
      endMs,
    };
    for (const node of scenario.nodes) {
      if (node.kind === 'function') this.functions.set(node.id, new FakeFunction(node.id, functionSpecs[node.id] ?? {}, this));
    }
    for (const node of scenario.nodes) {
      const sim = createSourceNode(node, this.ctx);
      if (sim) this.nodes.set(node.id, sim);
    }
  }

  deliver(target: string, delivery: Delivery): void {
    const node = this.nodes.get(target);
    if (node?.receive) node.receive(delivery);
    else this.functions.get(target)?.invokeAsync({ sourceId: delivery.sourceId, chainDepth: delivery.chainDepth, count: delivery.count });
  }

  /** Starts every node and runs to the end; `every` runs after each event, for invariants. */
  run(every?: () => void): this {
    for (const node of this.nodes.values()) node.start();
    while (this.kernel.step(this.endMs)) every?.();
    return this;
  }

  fn(id: string): FakeFunction {
    return this.functions.get(id)!;
  }

  summary(id: string) {
    return this.nodes.get(id)!.summary();
  }
}
