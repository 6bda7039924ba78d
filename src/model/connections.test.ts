import { describe, expect, it } from 'vitest';
import { checkConnection, inferEdgeKind } from './connections';

describe('which links AWS allows', () => {
  it('an ALB can trigger a function', () => {
    expect(checkConnection({ sourceKind: 'alb', targetKind: 'function' }, 'trigger')).toEqual({ ok: true });
  });
  it('an EventBridge rule can target a queue or a topic, as it can a function (§7)', () => {
    expect(checkConnection({ sourceKind: 'eventbridgeRule', targetKind: 'sqs' }, 'trigger')).toEqual({ ok: true });
    expect(checkConnection({ sourceKind: 'eventbridgeRule', targetKind: 'sns' }, 'trigger')).toEqual({ ok: true });
    expect(checkConnection({ sourceKind: 'eventbridgeSchedule', targetKind: 'sqs' }, 'trigger').ok).toBe(false);
  });
  it('a queue cannot trigger a queue, and says why', () => {
    const check = checkConnection({ sourceKind: 'sqs', targetKind: 'sqs' }, 'trigger');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(/queue cannot trigger a queue/);
  });
  it('S3 is an on-failure destination but not an on-success one (§5)', () => {
    expect(checkConnection({ sourceKind: 'function', targetKind: 's3' }, 'onFailure').ok).toBe(true);
    expect(checkConnection({ sourceKind: 'function', targetKind: 's3' }, 'onSuccess').ok).toBe(false);
  });
  it('destinations refuse FIFO queues; a FIFO queue redrives only to a FIFO queue', () => {
    expect(checkConnection({ sourceKind: 'function', targetKind: 'sqs', targetFifo: true }, 'onFailure').ok).toBe(false);
    expect(checkConnection({ sourceKind: 'sqs', targetKind: 'sqs', sourceFifo: true, targetFifo: false }, 'deadLetter').ok).toBe(false);
    expect(checkConnection({ sourceKind: 'sqs', targetKind: 'sqs', sourceFifo: true, targetFifo: true }, 'deadLetter').ok).toBe(true);
  });
  it('a function DLQ is SQS or SNS only', () => {
    expect(checkConnection({ sourceKind: 'function', targetKind: 'sns' }, 'deadLetter').ok).toBe(true);
    expect(checkConnection({ sourceKind: 'function', targetKind: 's3' }, 'deadLetter').ok).toBe(false);
  });
  it('infers the likely kind of a new link', () => {
    expect(inferEdgeKind({ sourceKind: 'kinesis', targetKind: 'function' })).toEqual({ kind: 'trigger' });
    expect(inferEdgeKind({ sourceKind: 'function', targetKind: 'sqs' })).toEqual({ kind: 'writes' });
    const refused = inferEdgeKind({ sourceKind: 'alb', targetKind: 'sqs' });
    expect(refused.kind).toBeNull();
  });
});
