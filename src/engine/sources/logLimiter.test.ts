import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../api';
import type { EngineContext } from '../ports';
import { LogLimiter } from './logLimiter';

const say = (n: number) => `${n} moved`;

describe('LogLimiter', () => {
  it('writes one line per kind per simulated second, counting what happened in between', () => {
    const clock = { now: 0 };
    const lines: Omit<LogEntry, 'tMs'>[] = [];
    const ctx = { kernel: clock, log: (entry: Omit<LogEntry, 'tMs'>) => lines.push(entry) } as unknown as EngineContext;
    const logs = new LogLimiter(ctx, 'q');
    logs.note('redrive', 10, 'warn', 'deadLetter', say);
    clock.now = 400;
    logs.note('redrive', 10, 'warn', 'deadLetter', say);
    logs.note('throttle', 1, 'warn', 'throttle', (n) => `${n} refused`);
    clock.now = 900;
    logs.note('redrive', 5, 'warn', 'deadLetter', say);
    clock.now = 1000;
    logs.note('redrive', 1, 'warn', 'deadLetter', say);
    expect(lines.map((l) => l.message)).toEqual(['10 moved', '1 refused', '16 moved']);
  });
});
