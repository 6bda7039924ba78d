/**
 * A preset's "watch" words must say what its run shows (issue 17, item 10).
 * Every number in the words belongs to a claim below, and every claim is
 * checked against the run, the scenario, or the rule (lambda-model.md) that
 * decides it. Change the words and this test names the number left unchecked.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd, type SimulationSummary } from '../engine';
import { TENANT_ENVIRONMENT_PRICE_PER_GB } from '../engine/cost/prices';
import { CURRENT_SCALING_BUCKET } from '../engine/concurrency/scalingBucket';
import { FUNCTION_ERROR_RETRY_DELAYS_MS } from '../engine/invoke/asyncQueue';
import { DEFAULT_INIT_MS_BY_RUNTIME, type Scenario } from '../model';
import { PRESETS, findPreset, loadPreset } from '.';

interface PresetRun {
  scenario: Scenario;
  summary: SimulationSummary;
  /** A per-second series over the whole run (every preset uses 1 s ticks). */
  series(key: string): number[];
  /** A node's configuration, as parsed (defaults filled in). */
  config(nodeId: string): Record<string, unknown>;
}

function runPreset(scenario: Scenario): PresetRun {
  const sim = createSimulation(scenario);
  const columns = new Map<string, number[]>();
  while (!sim.done) {
    sim.advanceTo(sim.endMs, 1_000_000);
    const batch = sim.takeTicks();
    if (batch) {
      expect(batch.tickMs).toBe(1000);
      for (const [key, values] of Object.entries(batch.series)) {
        const column = columns.get(key) ?? [];
        for (const v of values) column.push(v);
        columns.set(key, column);
      }
    }
    sim.takeLog();
  }
  const summary = sim.summary();
  return {
    scenario,
    summary,
    series(key) {
      const column = columns.get(key);
      if (!column) throw new Error(`no series ${key}`);
      return column;
    },
    config(nodeId) {
      const node = scenario.nodes.find((n) => n.id === nodeId);
      if (!node) throw new Error(`no node ${nodeId}`);
      return node.config as Record<string, unknown>;
    },
  };
}

function parsePreset(id: string): Scenario {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  const parsed = loadPreset(preset);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return parsed.scenario;
}

/** `phrase` is quoted from the words; `n` is the first number in it. */
interface Claim {
  phrase: string;
  check(n: number, run: PresetRun): void;
}

const NUMBER = /(?<![A-Za-z])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/g;
const numberIn = (phrase: string): number => {
  const m = phrase.match(NUMBER);
  return m ? Number(m[0].replaceAll(',', '')) : Number.NaN;
};
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const max = (xs: readonly number[]) => xs.reduce((a, b) => Math.max(a, b), -Infinity);
const traffic = (run: PresetRun, id: string) => run.config(id).traffic as { ratePerSecond: number; steps?: { ratePerSecond: number }[]; bursts?: { count: number; spreadSeconds: number; atSeconds: number }[] };
const fnConfig = (run: PresetRun, id: string) => run.config(id) as { reservedConcurrency: number | null; timeoutSeconds: number; errorRate: number; durationMs: { mean?: number }; provisionedConcurrency: number };

/** The VPC preset's variant: the same run with a NAT gateway in the function's VPC. */
function withNatGateway(run: PresetRun) {
  const nodes = run.scenario.nodes.map((node) => (node.id === 'orders' ? { ...node, config: { ...node.config, vpc: { natGateway: true } } } : node));
  return runToEnd({ ...run.scenario, nodes, variants: undefined } as Scenario).functions.orders;
}

const CLAIMS: Record<string, Claim[]> = {
  'alb-reserved-concurrency': [
    {
      phrase: 'reserved limit of 20 and stays there',
      check(n, run) {
        expect(fnConfig(run, 'api').reservedConcurrency).toBe(n);
        expect(run.summary.functions.api.maxConcurrency).toBe(n);
        // After the first minute, concurrency is at the limit in nearly every second.
        const atLimit = run.series('api/ConcurrentExecutions').slice(60).filter((c) => c === n).length;
        expect(atLimit / (run.scenario.durationSeconds - 60)).toBeGreaterThan(0.95);
      },
    },
    {
      phrase: 'a 429 from Lambda, which the ALB passes on',
      check(n, run) {
        expect(n).toBe(429);
        expect(run.summary.functions.api.throttles).toBeGreaterThan(0);
        expect(run.summary.resources.alb.metrics.Status429).toBe(run.summary.functions.api.throttles);
      },
    },
  ],
  'account-pool-exhaustion': [
    {
      phrase: 'about 300 concurrent executions (100 requests a second × 3 s)',
      check(n, run) {
        // Little's law: 100 requests a second × a mean of 3 s.
        const rate = traffic(run, 'import-url').steps!.at(-1)!.ratePerSecond;
        const meanS = fnConfig(run, 'importer').durationMs.mean! / 1000;
        expect([rate, meanS, rate * meanS]).toEqual([100, 3, n]);
      },
    },
    { phrase: '100 requests a second', check: (n, run) => expect(traffic(run, 'import-url').steps!.at(-1)!.ratePerSecond).toBe(n) },
    { phrase: '× 3 s', check: (n, run) => expect(fnConfig(run, 'importer').durationMs.mean).toBe(n * 1000) },
    {
      phrase: 'the whole pool of 200',
      check(n, run) {
        expect(run.scenario.account.concurrencyLimit).toBe(n);
        expect(run.summary.functions.importer.maxConcurrency).toBe(n);
      },
    },
    {
      phrase: 'needs only 2',
      check: (n, run) => expect(traffic(run, 'checkout-api').ratePerSecond * (fnConfig(run, 'checkout').durationMs.mean! / 1000)).toBeCloseTo(n, 9),
    },
    { phrase: 'refuses with 429', check: (n, run) => expect([n, run.summary.functions.checkout.throttles > 0]).toEqual([429, true]) },
    {
      phrase: 'answers the caller with 500',
      check: (n, run) => expect([n, run.summary.resources['checkout-api'].metrics.Status500]).toEqual([500, run.summary.functions.checkout.throttles]),
    },
  ],
  'api-gateway-29s-timeout': [
    {
      phrase: 'run past 29 s get a 504',
      check(n, run) {
        expect(run.config('reports-api').integrationTimeoutSeconds).toBe(n);
        expect(run.summary.resources['reports-api'].metrics.Status504).toBeGreaterThan(0);
      },
    },
    { phrase: 'a 504 from API Gateway', check: (n) => expect(n).toBe(504) },
    {
      phrase: 'its own 60 s timeout',
      check(n, run) {
        expect(fnConfig(run, 'build-report').timeoutSeconds).toBe(n);
        expect(run.summary.functions['build-report'].timeouts).toBeGreaterThan(0);
      },
    },
  ],
  'async-dlq-vs-destination': [
    { phrase: 'about 1 minute', check: (n) => expect(FUNCTION_ERROR_RETRY_DELAYS_MS[0]).toBe(n * 60_000) },
    { phrase: 'then 2 minutes later', check: (n) => expect(FUNCTION_ERROR_RETRY_DELAYS_MS[1]).toBe(n * 60_000) },
    {
      phrase: 'only after 3 minutes',
      check(n, run) {
        for (const key of ['dlq/NumberOfMessagesSent', 'failure-destination/NumberOfMessagesSent']) {
          const first = run.series(key).findIndex((v) => v > 0);
          expect(first).toBeGreaterThanOrEqual(n * 60);
        }
      },
    },
  ],
  'eventbridge-cron-job': [
    {
      phrase: 'One invocation each quarter hour, at a random second inside the scheduled minute',
      check(_n, run) {
        const starts = run.series('report/Invocations').flatMap((v, second) => (v > 0 ? [second] : []));
        expect(starts).toHaveLength(run.scenario.durationSeconds / 900);
        starts.forEach((second, k) => expect(second - k * 900).toBeLessThan(60));
      },
    },
    { phrase: 'the gap (15 min)', check: (n, run) => expect(run.config('every-15-minutes').expression).toBe(`cron(0/${n} * * * ? *)`) },
    {
      phrase: 'about 10 min), every run pays a cold start',
      check(n, run) {
        expect(run.scenario.account.idleKeepAliveSeconds).toBe(n * 60);
        expect(run.summary.functions.report.coldStarts).toBe(run.summary.functions.report.invocations);
      },
    },
  ],
  'kinesis-poison-record': [
    {
      phrase: 'From 2 minutes on',
      check(n, run) {
        const poison = (run.config('clicks-blocking').poisonRecords as { atSeconds: number }[])[0];
        expect(poison.atSeconds).toBe(n * 60);
        const age = run.series('clicks-blocking/IteratorAge');
        expect(max(age.slice(0, n * 60))).toBeLessThan(5000);
        // Climbs steadily: at the end it is about the time since the poison record (780 s here).
        const end = run.scenario.durationSeconds;
        expect(age.at(-1)! / 1000).toBeGreaterThan((end - n * 60) * 0.95);
      },
    },
    {
      phrase: "shard 0 is blocked: IteratorAge climbs steadily while the other shard keeps up",
      check(n, run) {
        expect((run.config('clicks-blocking').poisonRecords as { shard: number }[])[0].shard).toBe(n);
        const r = run.summary.resources['clicks-blocking'];
        // One shard of two keeps up: more than half the records are delivered.
        expect(r.delivered).toBeGreaterThan(r.arrived / 2);
        const bisect = run.summary.resources['clicks-bisect'];
        expect(bisect.metrics.maxIteratorAgeMs).toBeLessThan(30_000);
        expect(run.summary.resources['failed-batches'].arrived).toBe(1);
      },
    },
  ],
  'vpc-without-nat': [
    {
      phrase: 'Every invocation runs to its 3 s timeout',
      check(n, run) {
        const f = run.summary.functions.orders;
        expect(fnConfig(run, 'orders').timeoutSeconds).toBe(n);
        expect(f.timeouts).toBe(f.invocations);
        expect(f.durationMs.p50).toBe(n * 1000);
      },
    },
    {
      phrase: 'answers each request with a 502',
      check(n, run) {
        const api = run.summary.resources['orders-api'].metrics;
        expect(n).toBe(502);
        // Every request the run finished was answered 502; the rest were still in flight at the end.
        expect(api.Status502 + api.InFlight).toBe(run.summary.functions.orders.invocations);
        expect(api.Status200).toBe(0);
      },
    },
    {
      phrase: 'concurrency averages about 32',
      check(n, run) {
        // After the first 30 s, once the run is at its level.
        const level = run.series('orders/ConcurrentExecutionsMean').slice(30);
        expect(Math.abs(sum(level) / level.length - n)).toBeLessThan(0.1 * n);
        expect(run.summary.functions.orders.coldStarts).toBe(run.summary.functions.orders.invocations);
      },
    },
    { phrase: 'at 10 requests a second', check: (n, run) => expect(traffic(run, 'orders-api').ratePerSecond).toBe(n) },
    {
      phrase: 'the rate times 3.2 s of INIT and handler',
      check(n, run) {
        // Little's law: 10/s × (3 s timeout + the Node.js runtime's default INIT) = 32.
        expect(fnConfig(run, 'orders').timeoutSeconds + DEFAULT_INIT_MS_BY_RUNTIME.nodejs / 1000).toBeCloseTo(n, 9);
      },
    },
    {
      phrase: 'the handler finishes in about 120 ms',
      check(n, run) {
        const withNat = withNatGateway(run);
        expect(run.scenario.variants!.find((v) => v.name === 'NAT gateway')!.changes[0].config).toEqual({ vpc: { natGateway: true } });
        expect(Math.abs(withNat.durationMs.p50 - n)).toBeLessThan(0.1 * n);
        expect(withNat.timeouts).toBe(0);
      },
    },
    {
      phrase: 'fewer than 10 environments serve every request',
      check(n, run) {
        const withNat = withNatGateway(run);
        expect(withNat.coldStarts).toBeLessThan(n);
        expect(withNat.invocations).toBe(run.summary.functions.orders.invocations);
      },
    },
  ],
  'tenant-isolation-cold-starts': [
    {
      phrase: 'About 1,000 cold starts in the run',
      check(n, run) {
        const f = run.summary.functions.runner;
        expect(Math.abs(f.coldStarts - n)).toBeLessThan(0.1 * n);
        // Every cold start is a new tenant environment (no crashes or timeouts here).
        expect(f.tenantIsolation!.environmentsCreated).toBe(f.coldStarts);
      },
    },
    {
      phrase: 'nearly every one of the 1,000 tenants gets a new environment of its own on its first request',
      check(n, run) {
        const t = run.summary.functions.runner.tenantIsolation!;
        expect((run.config('runner') as { tenantIsolation: { tenants: number } }).tenantIsolation.tenants).toBe(n);
        // Counting argument: of n tenants drawn about 4,500 times, n(1 − e^(−4.5)) ≈ 989 are seen.
        expect(t.tenantsSeen).toBeGreaterThan(0.97 * n);
        expect(t.environmentsCreated).toBeGreaterThanOrEqual(t.tenantsSeen);
      },
    },
    {
      phrase: 'a few come back cold after more than 10 minutes idle',
      check(n, run) {
        expect(run.scenario.account.idleKeepAliveSeconds).toBe(n * 60);
        const f = run.summary.functions.runner;
        const again = f.coldStarts - f.tenantIsolation!.tenantsSeen;
        // A tenant calls 5/1,000 times a second: a gap above 600 s has probability e^−3 ≈ 5 %.
        expect(again).toBeGreaterThan(0);
        expect(again).toBeLessThan(0.1 * f.coldStarts);
      },
    },
    { phrase: 'the same 5 requests a second', check: (n, run) => expect(traffic(run, 'runner-api').ratePerSecond).toBe(n) },
    {
      phrase: 'need about 5 environments and as many cold starts',
      check(n, run) {
        const variant = run.scenario.variants!.find((v) => v.name === 'No isolation')!;
        expect(variant.changes[0].config).toEqual({ tenantIsolation: null });
        const nodes = run.scenario.nodes.map((node) => (node.id === 'runner' ? { ...node, config: { ...node.config, tenantIsolation: null } } : node));
        const off = runToEnd({ ...run.scenario, nodes, variants: undefined } as Scenario).functions.runner;
        expect(off.invocations).toBe(run.summary.functions.runner.invocations);
        expect(Math.abs(off.coldStarts - n)).toBeLessThanOrEqual(2);
        expect(Math.abs(off.meanEnvironments - n)).toBeLessThanOrEqual(2);
      },
    },
    {
      phrase: 'adds $0.000167 per GB of memory to the bill',
      check(n, run) {
        expect(TENANT_ENVIRONMENT_PRICE_PER_GB).toBe(n);
        const f = run.summary.functions.runner;
        const gb = (run.config('runner') as { memoryMB: number }).memoryMB / 1024;
        expect(f.cost.tenantIsolationUSD).toBeCloseTo(f.tenantIsolation!.environmentsCreated * gb * n, 12);
      },
    },
    {
      phrase: 'here more than 10 times the run',
      check(n, run) {
        const c = run.summary.functions.runner.cost;
        expect(c.tenantIsolationUSD!).toBeGreaterThan(n * c.computeUSD);
      },
    },
  ],
  'out-of-memory-cold-starts': [
    {
      phrase: 'one invocation in 20 needs more than its 512 MB and is killed (Runtime.OutOfMemory)',
      check(n, run) {
        const f = run.summary.functions.resize;
        expect((run.config('resize') as { memoryMB: number }).memoryMB).toBe(512);
        // "About": between 1 in 25 and 1 in 15.
        expect(f.outOfMemory / f.invocations).toBeGreaterThan(1 / (n + 5));
        expect(f.outOfMemory / f.invocations).toBeLessThan(1 / (n - 5));
        expect(f.errors).toBe(f.outOfMemory);
        expect(f.crashes).toBe(0);
      },
    },
    {
      phrase: 'cold starts keep coming all run long',
      check(_n, run) {
        const cold = run.series('resize/ColdStarts');
        const f = run.summary.functions.resize;
        // §2.1: each reset makes the next invoke on that environment pay INIT; a handful are new environments.
        expect(Math.abs(f.coldStarts - f.outOfMemory)).toBeLessThan(0.05 * f.outOfMemory);
        for (let minute = 0; minute < run.scenario.durationSeconds / 60; minute++) expect(sum(cold.slice(minute * 60, minute * 60 + 60))).toBeGreaterThan(0);
      },
    },
    {
      phrase: 'each paying the 800 ms INIT again',
      check(n, run) {
        expect((run.config('resize') as { initDurationMs: { value: number } }).initDurationMs.value).toBe(n);
        // REPORT's Init Duration is the first INIT of a new environment; the others run inside the invoke (suppressed).
        expect(run.series('resize/InitDuration').filter((v) => v > 0).every((v) => v === n)).toBe(true);
      },
    },
    {
      phrase: 'API Gateway answers every killed request with a 502',
      check(_n, run) {
        const m = run.summary.resources['resize-api'].metrics;
        const f = run.summary.functions.resize;
        expect(m.Status502).toBeLessThanOrEqual(f.outOfMemory);
        expect(m.Status502 + m.InFlight).toBeGreaterThanOrEqual(f.outOfMemory);
        expect(m.Status200 + m.Status502 + m.InFlight).toBe(f.invocations);
      },
    },
  ],
  'provisioned-concurrency-cold-starts': [
    {
      phrase: 'Java init, 500 ms',
      check(n, run) {
        expect(DEFAULT_INIT_MS_BY_RUNTIME.java).toBe(n);
        const inits = run.series('on-demand/InitDuration').filter((v) => v > 0);
        expect(inits.length).toBeGreaterThan(0);
        expect(inits.every((v) => v === n)).toBe(true);
        expect(run.summary.functions['on-demand'].coldStarts).toBeGreaterThan(run.series('on-demand/InitDuration').filter((v) => v > 0).length - 1);
        expect(run.summary.functions.provisioned.coldStarts).toBe(0);
      },
    },
    {
      phrase: 'its bill grows every second whether requests come or not',
      check(_n, run) {
        const cost = run.series('provisioned/CostUSD');
        const invocations = run.series('provisioned/Invocations');
        // Every second costs something, the seconds without a request too (§10.1: PC is billed while configured).
        expect(cost.every((c) => c > 0)).toBe(true);
        expect(invocations.some((n) => n === 0)).toBe(true);
        expect(sum(cost)).toBeCloseTo(run.summary.functions.provisioned.cost.totalUSD, 9);
      },
    },
  ],
  'recursive-loop': [
    { phrase: 'Each of the 10 starting messages', check: (n, run) => expect(run.config('tasks').initialBacklog).toBe(n) },
    {
      phrase: 'runs about 16 times',
      check(n, run) {
        const s = run.summary;
        expect(s.functions.relay.invocations).toBe(n * (run.config('tasks').initialBacklog as number));
        expect(s.functions.relay.recursiveInvocationsDropped).toBeGreaterThan(0);
        expect(s.resources['tasks-dlq'].arrived).toBe(run.config('tasks').initialBacklog);
      },
    },
  ],
  'reserved-concurrency-sqs-pitfall': [
    {
      phrase: 'concurrency sits at 5',
      check(n, run) {
        expect(fnConfig(run, 'worker').reservedConcurrency).toBe(n);
        expect(run.summary.functions.worker.maxConcurrency).toBe(n);
        expect(run.summary.functions.worker.throttles).toBeGreaterThan(0);
      },
    },
    {
      phrase: 'after 3 receives, move to the dead-letter queue although the function never failed on them',
      check(n, run) {
        expect(run.config('jobs').maxReceiveCount).toBe(n);
        expect(run.summary.resources['jobs-dlq'].arrived).toBeGreaterThan(0);
        expect(run.summary.functions.worker.errors).toBe(0);
      },
    },
  ],
  's3-thumbnail-pipeline': [
    {
      phrase: 'about a second, sometimes much more',
      check(_n, run) {
        expect(run.config('uploads').deliveryDelayMs).toEqual({ distribution: 'lognormal', p50: 1000, p99: 30_000 });
      },
    },
    {
      phrase: 'one object per successful resize',
      check(_n, run) {
        const resize = run.summary.functions.resize;
        // Resizes still writing when the run ends are the only difference.
        expect(Math.abs(run.summary.resources.thumbnails.arrived - (resize.invocations - resize.errors))).toBeLessThanOrEqual(2);
      },
    },
    { phrase: 'about 1 and then 2 minutes later', check: (n) => expect(FUNCTION_ERROR_RETRY_DELAYS_MS[0]).toBe(n * 60_000) },
    { phrase: 'then 2 minutes later', check: (n) => expect(FUNCTION_ERROR_RETRY_DELAYS_MS[1]).toBe(n * 60_000) },
    {
      phrase: '0.15³, about 1 in 300',
      check(n, run) {
        expect(fnConfig(run, 'resize').errorRate).toBe(n);
        expect(1 / n ** 3).toBeGreaterThan(290);
        expect(1 / n ** 3).toBeLessThan(310);
        // Events that had all three attempts before the end (uploads until 3 min before it), at 0.15³ each:
        // the on-failure queue's count lies in the 99.9 % Poisson range of that expectation.
        const uploads = run.series('resize/AsyncEventsReceived');
        const expected = sum(uploads.slice(0, run.scenario.durationSeconds - 183)) * n ** 3;
        const got = run.summary.resources['failed-resizes'].arrived;
        expect(got).toBeGreaterThanOrEqual(Math.floor(expected - 3.3 * Math.sqrt(expected)));
        expect(got).toBeLessThanOrEqual(Math.ceil(expected + 3.3 * Math.sqrt(expected)));
      },
    },
  ],
  'scaling-current-operator-guide': [
    {
      phrase: 'at most 1,000 environments',
      check(n, run) {
        expect(CURRENT_SCALING_BUCKET.capacity).toBe(n);
        expect(run.summary.functions.handler.invocations).toBe(n);
        expect(run.summary.functions.handler.throttles).toBe(traffic(run, 'clients').bursts![0].count - n);
      },
    },
    { phrase: 'refills at 100 environments a second', check: (n) => expect(CURRENT_SCALING_BUCKET.refillPerSecond).toBe(n) },
    {
      phrase: 'spread over 90 seconds or more would be served in full',
      check(n, run) {
        // Run the same burst spread over n seconds, and over two thirds of that: only the first is served in full.
        const spread = (seconds: number) => {
          const clients = run.scenario.nodes.find((x) => x.id === 'clients')!;
          const t = traffic(run, 'clients');
          const config = { ...clients.config, traffic: { ...t, bursts: [{ ...t.bursts![0], spreadSeconds: seconds }] } };
          const scenario = { ...run.scenario, durationSeconds: 300, nodes: run.scenario.nodes.map((x) => (x.id === 'clients' ? { ...x, config } : x)) } as Scenario;
          return runPreset(scenario).summary.functions.handler.throttles;
        };
        expect(spread(n)).toBe(0);
        expect(spread((n * 2) / 3)).toBeGreaterThan(0);
      },
    },
  ],
  'scaling-legacy-operator-guide': [
    {
      phrase: '3,000 requests are served at once',
      check(n, run) {
        expect(run.scenario.account.legacyBurstConcurrency).toBe(n);
        expect(run.summary.functions.handler.invocations).toBe(n);
      },
    },
    { phrase: '7,000 throttled', check: (n, run) => expect(run.summary.functions.handler.throttles).toBe(n) },
    {
      phrase: 'could hold 10,000',
      check(n, run) {
        expect(run.scenario.account.concurrencyLimit).toBe(n);
        expect(traffic(run, 'clients').bursts![0].count).toBe(n);
      },
    },
  ],
  'sqs-fifo-message-groups': [
    {
      phrase: 'never goes above 3, the number of active message groups',
      check(n, run) {
        expect(run.config('payments').messageGroups).toBe(n);
        expect(run.summary.functions.ledger.maxConcurrency).toBe(n);
      },
    },
    {
      phrase: 'the backlog and the age of the oldest message keep rising',
      check(_n, run) {
        for (const key of ['payments/ApproximateNumberOfMessagesVisible', 'payments/ApproximateAgeOfOldestMessage']) {
          const s = run.series(key);
          const third = Math.floor(s.length / 3);
          expect(s[third]).toBeLessThan(s[2 * third]);
          expect(s[2 * third]).toBeLessThan(s.at(-1)!);
        }
      },
    },
  ],
  'sqs-standard-scaling': [
    {
      phrase: '5 concurrent batches at first',
      check: (n, run) => expect(max(run.series('fulfil/ConcurrentExecutions').slice(0, 60))).toBe(n),
    },
    {
      phrase: 'then 300 more each minute while messages wait (305, then 605)',
      check(n, run) {
        const c = run.series('fulfil/ConcurrentExecutions');
        const levels = [1, 2].map((minute) => max(c.slice(minute * 60, minute * 60 + 59)));
        expect(levels).toEqual([5 + n, 5 + 2 * n]);
      },
    },
    {
      phrase: 'the backlog grows during the first minute and is drained by about 3 minutes',
      check(n, run) {
        const backlog = run.series('orders/ApproximateNumberOfMessagesVisible');
        const peak = backlog.indexOf(max(backlog));
        expect(peak).toBeGreaterThanOrEqual(55);
        expect(peak).toBeLessThanOrEqual(65);
        const drained = backlog.findIndex((v) => v < 100);
        expect(Math.abs(drained - n * 60)).toBeLessThanOrEqual(30);
      },
    },
    {
      phrase: 'each batch holds only the few messages just arrived, so the same flow needs more batches at once and concurrency later rises again, to about 900',
      check(n, run) {
        const drained = run.series('orders/ApproximateNumberOfMessagesVisible').findIndex((v) => v < 100);
        const after = (key: string) => sum(run.series(key).slice(drained + 60));
        // Messages per invocation once the queue is empty (batch size 10 before).
        expect(after('orders/NumberOfMessagesDeleted') / after('fulfil/Invocations')).toBeLessThan(2);
        const c = run.series('fulfil/ConcurrentExecutions');
        expect(max(c.slice(0, drained))).toBeLessThan(700);
        expect(Math.abs(max(c.slice(drained)) - n)).toBeLessThanOrEqual(n * 0.05);
      },
    },
    { phrase: 'the 500 messages a second', check: (n, run) => expect(traffic(run, 'orders').ratePerSecond).toBe(n) },
    { phrase: 'visibility timeout is 180 s', check: (n, run) => expect(run.config('orders').visibilityTimeoutSeconds).toBe(n) },
    { phrase: 'function timeout of 30 s', check: (n, run) => expect(fnConfig(run, 'fulfil').timeoutSeconds).toBe(n) },
  ],
};

describe("presets' words match their runs", () => {
  it('every preset has claims', () => {
    expect(Object.keys(CLAIMS).toSorted()).toEqual(PRESETS.map((p) => p.id).toSorted());
  });

  it.each(PRESETS.map((p) => [p.id, p.watch] as const))('%s', (id, watch) => {
    const claims = CLAIMS[id];
    const covered: [number, number][] = [];
    for (const claim of claims) {
      const at = watch.indexOf(claim.phrase);
      expect(at, `"${claim.phrase}" is not in the words of ${id}`).toBeGreaterThanOrEqual(0);
      covered.push([at, at + claim.phrase.length]);
    }
    for (const m of watch.matchAll(NUMBER)) {
      const inside = covered.some(([from, to]) => m.index >= from && m.index + m[0].length <= to);
      expect(inside, `the number ${m[0]} in "${watch}" is checked by no claim`).toBe(true);
    }
    const run = runPreset(parsePreset(id));
    for (const claim of claims) claim.check(numberIn(claim.phrase), run);
  });
});
