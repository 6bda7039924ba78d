import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioInput } from '../../model';
import { FakeEngine, FakeFunction } from './fakeEngine';

type NodeInput = ScenarioInput['nodes'][number];

function oneSource(source: NodeInput, durationSeconds: number, functions = ['f']): ScenarioInput {
  return {
    schemaVersion: 2,
    durationSeconds,
    nodes: [source, ...functions.map((id): NodeInput => ({ id, kind: 'function', config: {} }))],
    edges: functions.map((id) => ({ id: `t-${id}`, source: source.id, target: id, kind: 'trigger' as const })),
  };
}

/** Records when each async event reaches a function. */
function timeAsync(engine: FakeEngine, id: string): number[] {
  const times: number[] = [];
  const fn: FakeFunction = engine.fn(id);
  const original = fn.invokeAsync.bind(fn);
  fn.invokeAsync = (event) => {
    times.push(engine.kernel.now);
    original(event);
  };
  return times;
}

describe('EventBridge schedules (§7, Part 1)', () => {
  it('rate(1 minute) fires 60 times an hour, once inside each minute', () => {
    const engine = new FakeEngine(oneSource({ id: 's', kind: 'eventbridgeSchedule', config: { expression: 'rate(1 minute)' } }, 3600));
    const times = timeAsync(engine, 'f');
    engine.run();
    expect(times).toHaveLength(60);
    expect(times.map((t) => Math.floor(t / 60_000))).toEqual([...Array(60).keys()]);
    // "runs within that minute, but not on the precise 0th second": the offsets vary.
    expect(new Set(times.map((t) => Math.floor((t % 60_000) / 1000))).size).toBeGreaterThan(10);
  });

  it('cron(0/15 * * * ? *) fires 8 times in two hours; cron(0 12 * * ? *) once a day at noon UTC', () => {
    const quarter = new FakeEngine(oneSource({ id: 's', kind: 'eventbridgeSchedule', config: { expression: 'cron(0/15 * * * ? *)' } }, 7200)).run();
    expect(quarter.fn('f').asyncEvents).toBe(8);
    const noon = new FakeEngine(oneSource({ id: 's', kind: 'eventbridgeSchedule', config: { expression: 'cron(0 12 * * ? *)' } }, 3 * 86_400));
    const times = timeAsync(noon, 'f');
    noon.run();
    // Time 0 is midnight UTC on startAtUTC, so noon falls at 12 h, 36 h and 60 h.
    expect(times.map((t) => Math.floor(t / 60_000))).toEqual([720, 2160, 3600]);
  });

  it('a file whose schedule is not rate(...) or six-field cron(...) is refused when it is loaded', () => {
    for (const expression of ['every 5 minutes', 'cron(0 12 * * ?)', 'rate(5 weeks)']) {
      const parsed = parseScenario(oneSource({ id: 's', kind: 'eventbridgeSchedule', config: { expression } }, 60));
      expect(parsed.ok).toBe(false);
    }
    expect(parseScenario(oneSource({ id: 's', kind: 'eventbridgeSchedule', config: { expression: 'cron(15 10 ? * 6L 2026)' } }, 60)).ok).toBe(true);
  });

  it('an expression of the right shape that the parser refuses is refused when the scenario is validated (it would never fire), and by the node itself', () => {
    const input = oneSource({ id: 's', kind: 'eventbridgeSchedule', config: { expression: 'cron(0 12 * * * *)' } }, 600);
    const parsed = parseScenario(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]).toMatchObject({ path: 'nodes[0] (s).config.expression', message: expect.stringMatching(/cannot both be given/) });
    // The node keeps its own check for a config that reaches it without the schema.
    const engine = new FakeEngine(oneSource({ id: 's', kind: 'eventbridgeSchedule', config: { expression: 'rate(5 minutes)' } }, 600));
    const refused = engine.nodes.get('s')?.applyConfig?.({ expression: 'cron(0 12 * * * *)', startAtUTC: '2026-01-01T00:00:00Z' });
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^schedule "cron\(0 12 \* \* \* \*\)": day-of-month/) });
  });
});

describe('SNS, EventBridge rules and S3 notifications (§7)', () => {
  it('SNS: every subscribed function gets every message', () => {
    const engine = new FakeEngine(
      oneSource({ id: 'topic', kind: 'sns', config: { traffic: { pattern: 'constant', ratePerSecond: 10 } } }, 10, ['a', 'b', 'c']),
    ).run();
    // Constant traffic puts the first message at t = 0: 100 messages in 10 s.
    for (const id of ['a', 'b', 'c']) expect(engine.fn(id).asyncEvents).toBe(100);
    expect(engine.summary('topic')).toMatchObject({ arrived: 100, delivered: 300 });
  });

  it('SNS: a queue subscribed to the topic gets each message; a FIFO queue cannot subscribe to a standard topic', () => {
    const topic: NodeInput = { id: 'topic', kind: 'sns', config: { traffic: { pattern: 'constant', ratePerSecond: 10 } } };
    const engine = new FakeEngine({
      schemaVersion: 2,
      durationSeconds: 10,
      nodes: [topic, { id: 'q', kind: 'sqs', config: {} }],
      edges: [{ id: 's', source: 'topic', target: 'q', kind: 'trigger' }],
    }).run();
    expect(engine.summary('q').arrived).toBe(100);
    const fifo = parseScenario({
      schemaVersion: 2,
      nodes: [topic, { id: 'q', kind: 'sqs', config: { fifo: true } }],
      edges: [{ id: 's', source: 'topic', target: 'q', kind: 'trigger' }],
    });
    expect(fifo.ok).toBe(false);
  });

  it('EventBridge: a rule forwards what it receives (a destination or a write) to each target', () => {
    const engine = new FakeEngine(oneSource({ id: 'bus', kind: 'eventbridgeRule', config: {} }, 10, ['a', 'b']));
    engine.nodes.get('bus')!.start();
    engine.deliver('bus', { sourceId: 'x', count: 3, chainDepth: 2, via: 'onSuccess' });
    // The rule hands the events on in an event of its own, at the same instant.
    expect(engine.fn('a').asyncEvents).toBe(0);
    while (engine.kernel.step(0));
    expect(engine.fn('a').asyncEvents).toBe(3);
    expect(engine.fn('b').asyncEvents).toBe(3);
    expect(engine.summary('bus')).toMatchObject({ arrived: 3, delivered: 6 });
  });

  it('S3: a share filterMatchRatio of objects notifies, each after the delivery delay', () => {
    const engine = new FakeEngine(
      oneSource(
        {
          id: 'bucket',
          kind: 's3',
          config: {
            filterMatchRatio: 0.5,
            deliveryDelayMs: { distribution: 'fixed', value: 2000 },
            traffic: { pattern: 'constant', ratePerSecond: 1000, steps: [{ atSeconds: 10, ratePerSecond: 0 }] },
          },
        },
        20,
      ),
    );
    const times = timeAsync(engine, 'f');
    engine.run();
    const s3 = engine.summary('bucket');
    expect(s3.arrived).toBe(10_000);
    // Binomial(10,000, 0.5): mean 5,000, standard deviation 50; 4 deviations either side.
    expect(engine.fn('f').asyncEvents).toBeGreaterThan(4800);
    expect(engine.fn('f').asyncEvents).toBeLessThan(5200);
    expect(s3.delivered).toBe(engine.fn('f').asyncEvents);
    expect(Math.min(...times)).toBe(2000);
    expect(Math.max(...times)).toBeLessThan(12_000);
  });
});
